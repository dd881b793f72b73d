import type { ParseOptions } from '../options.ts';
import type { ParseResult } from '../parse-result.ts';
import { readLayout } from '../parse-layout.ts';
import { pdfToLayout } from './pdf-to-layout.ts';

/** Reads a report from a born-digital PDF: `readLayout(await pdfToLayout(bytes, options), options)`. */
export async function fromPdf(bytes: Uint8Array, options: ParseOptions = {}): Promise<ParseResult> {
  return readLayout(await pdfToLayout(bytes, options), options);
}
