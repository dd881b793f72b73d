import { ParseError } from './errors.ts';

/**
 * Default for `maxBytes`: 50 MiB. A published annual report is a few MiB at most (the corpus PDFs are under
 * 0.5 MiB); the limit applies to the input as given and to what a DOCX archive inflates to.
 */
export const defaultMaxBytes = 50 * 1024 * 1024;

/** Default for `maxPages`: 500. Annual reports run to about ten pages; the limit bounds the work on a PDF. */
export const defaultMaxPages = 500;

/**
 * Throws `TOO_LARGE` when `size` (bytes, or UTF-16 units for a string) is over `maxBytes` (default
 * {@link defaultMaxBytes}). `what` names the input in the message (`PDF`, `输入`).
 */
export function checkSize(size: number, maxBytes = defaultMaxBytes, what = '输入'): void {
  if (size > maxBytes) {
    throw new ParseError(
      'TOO_LARGE',
      `${what}有 ${size} 字节，超过上限 ${maxBytes} 字节 (the input has ${size} bytes, more than the limit of ${maxBytes})`,
    );
  }
}

/** Throws `TOO_MANY_PAGES` when a document has more than `maxPages` pages (default {@link defaultMaxPages}). */
export function checkPages(pages: number, maxPages = defaultMaxPages): void {
  if (pages > maxPages) {
    throw new ParseError(
      'TOO_MANY_PAGES',
      `文档有 ${pages} 页，超过上限 ${maxPages} 页 (the document has ${pages} pages, more than the limit of ${maxPages})`,
    );
  }
}
