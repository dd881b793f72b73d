import type { Layout, Line } from '../layout/layout.ts';
import { readPdfPages, type PdfReadOptions } from './pdf-chars.ts';
import { layoutPage } from './layout-page.ts';

/** Options for `pdfToLayout`. */
export type PdfToLayoutOptions = PdfReadOptions;

/**
 * Read a PDF into a `Layout`: lines in reading order (pages in order, lines top to bottom), each split into fields
 * at horizontal gaps wider than about one character, with places `{kind:'pdf', page, bbox}` in points from the
 * page's top-left corner. Vertical labels printed one character per line become one field on a line of their own.
 * Throws `ParseError` (`NOT_A_DOCUMENT`, `EMPTY_INPUT`, `ENCRYPTED_PDF`, `CORRUPT_PDF`, `NEEDS_OCR`, `TOO_LARGE`) for unusable input.
 */
export async function pdfToLayout(bytes: Uint8Array, options: PdfToLayoutOptions = {}): Promise<Layout> {
  const lines: Line[] = [];
  await readPdfPages(bytes, options, (page) => layoutPage(page, lines));
  return { kind: 'pdf', lines };
}
