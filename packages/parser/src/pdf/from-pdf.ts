import { runWithin, type Budget } from '../budget.ts';
import { ParseError } from '../errors.ts';
import { ocrPdfToLayout } from '../ocr/ocr-pdf.ts';
import type { ParseOptions } from '../options.ts';
import type { ParseResult } from '../parse-result.ts';
import { readLayout } from '../parse-layout.ts';
import { pdfToLayout } from './pdf-to-layout.ts';

/**
 * Reads a report from a born-digital PDF: `readLayout(await pdfToLayout(bytes, options), options)`. A scanned PDF
 * (no text layer) is read by `options.ocr` when given, else throws `NEEDS_OCR`. `budget`: the one of the `parse`
 * under way (taken before PDFium loaded), charged by each page and by reading the layout; default none.
 */
export async function fromPdf(bytes: Uint8Array, options: ParseOptions = {}, budget?: Budget): Promise<ParseResult> {
  const layout = await pdfToLayout(bytes, options, budget).catch((error: unknown) => {
    if (options.ocr && error instanceof ParseError && error.code === 'NEEDS_OCR') return ocrPdfToLayout(bytes, options.ocr);
    throw error;
  });
  return runWithin(budget, () => readLayout(layout, options));
}
