import { defaultMaxBytes, type ParseOptions } from '../options.ts';
import { finishParse, type ParseResult } from '../parse-result.ts';
import { readLayout } from '../read/read-layout.ts';
import { pdfToLayout } from './pdf-to-layout.ts';

/** Reads a report from a born-digital PDF (its text layer, through PDFium); a scanned PDF throws `NEEDS_OCR`. */
export async function fromPdf(bytes: Uint8Array, options: ParseOptions = {}): Promise<ParseResult> {
  const layout = await pdfToLayout(bytes, { maxBytes: options.maxBytes ?? defaultMaxBytes });
  return finishParse(readLayout(layout, options), options);
}
