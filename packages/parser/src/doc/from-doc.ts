import { checkSize } from '../limits.ts';
import type { ParseOptions } from '../options.ts';
import { readLayout } from '../parse-layout.ts';
import type { ParseResult } from '../parse-result.ts';
import { docToLayout } from './doc-to-layout.ts';

/**
 * Reads a report from a Word 97–2003 document (`.doc`), from its own tables and paragraphs. Places are Word places
 * (`kind: 'docx'`, table, row, cell). Throws `ParseError`: `TOO_LARGE` over `maxBytes`, `NOT_A_DOCUMENT`,
 * `UNSUPPORTED_KIND` (password-protected), `CORRUPT_ARCHIVE`.
 */
export function fromDoc(bytes: Uint8Array, options: ParseOptions = {}): ParseResult {
  checkSize(bytes.length, options.maxBytes);
  return readLayout(docToLayout(bytes), options);
}
