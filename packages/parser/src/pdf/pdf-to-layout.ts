import { runWithin, type Budget } from '../budget.ts';
import type { Layout, Line } from '../layout/layout.ts';
import type { LayoutOptions } from '../options.ts';
import { layoutPage } from './layout-page.ts';
import { readPdfPages } from './pdf-chars.ts';

/**
 * Reads a born-digital PDF (its text layer, through PDFium) into a {@link Layout}: lines in reading order (pages in
 * order, lines top to bottom), each split into fields at horizontal gaps wider than about one character, with
 * places `{kind:'pdf', page, bbox}` in points from the page's top-left corner. Vertical labels printed one
 * character per line become one field on a line of their own. Limits: `maxBytes` (default 50 MiB), `maxPages`
 * (default 500). Throws `ParseError`: `EMPTY_INPUT`, `TOO_LARGE`, `NOT_A_DOCUMENT`, `CORRUPT_PDF`, `ENCRYPTED_PDF`,
 * `TOO_MANY_PAGES`, `NEEDS_OCR` (a scan: no text layer). Each page is laid out within `budget` (the `parse` under
 * way's, taken before PDFium loaded; default none), whose clock is read after every page: `TIMEOUT`, `TOO_COMPLEX`.
 */
export async function pdfToLayout(bytes: Uint8Array, options: LayoutOptions = {}, budget?: Budget): Promise<Layout> {
  const lines: Line[] = [];
  await readPdfPages(bytes, options, (page) => runWithin(budget, () => layoutPage(page, lines)));
  return { kind: 'pdf', lines };
}
