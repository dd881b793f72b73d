import { ParseError } from '../errors.ts';
import { ocrPdfToLayout } from '../ocr/ocr-pdf.ts';
import { defaultMaxBytes, type ParseOptions } from '../options.ts';
import { finishParse, type ParseResult } from '../parse-result.ts';
import { readLayout } from '../read/read-layout.ts';
import { pdfToLayout } from './pdf-to-layout.ts';

/**
 * Reads a report from a born-digital PDF (its text layer, through PDFium). A scanned PDF (no text layer) is read
 * by `options.ocr` when given, else throws `NEEDS_OCR`.
 */
export async function fromPdf(bytes: Uint8Array, options: ParseOptions = {}): Promise<ParseResult> {
  const layout = await pdfToLayout(bytes, { maxBytes: options.maxBytes ?? defaultMaxBytes }).catch((error: unknown) => {
    if (options.ocr && error instanceof ParseError && error.code === 'NEEDS_OCR') return ocrPdfToLayout(bytes, options.ocr);
    throw error;
  });
  return finishParse(readLayout(layout, options), options);
}
