import type { ParseOptions } from './options.ts';
import type { ParseResult } from './parse-result.ts';
import type { PdfiumSource } from './pdf/load-pdfium.ts';

// The PDF half of the parser (PDFium's JavaScript and WebAssembly) is imported on first use, so reading text,
// HTML or DOCX never loads it. The bundle puts it in a chunk of its own.

/** Reads a report from a born-digital PDF (its text layer, through PDFium); a scanned PDF throws `NEEDS_OCR`. Loads PDFium on first use. */
export async function fromPdf(bytes: Uint8Array, options: ParseOptions = {}): Promise<ParseResult> {
  const pdf = await import('./pdf/from-pdf.ts');
  return pdf.fromPdf(bytes, options);
}

/**
 * Starts the PDF engine once; every later PDF reuses it. Optional in Node. In a browser, call it before the
 * first PDF with the wasm bytes your bundle ships, or the engine would fetch them from the package's CDN URL.
 */
export async function loadPdfium(source: PdfiumSource = {}): Promise<void> {
  const pdf = await import('./pdf/load-pdfium.ts');
  return pdf.loadPdfium(source);
}
