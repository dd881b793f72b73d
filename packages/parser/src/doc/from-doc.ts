import { defaultMaxBytes, type ParseOptions } from '../options.ts';
import { ParseError } from '../errors.ts';
import { finishParse, type ParseResult } from '../parse-result.ts';
import { readLayout } from '../read/read-layout.ts';
import { docToLayout } from './doc-to-layout.ts';

/**
 * Reads a report from a Word 97–2003 document (`.doc`), from its own tables and paragraphs. Places are Word places
 * (`kind: 'docx'`, table, row, cell). Throws `ParseError`: `TOO_LARGE` over `maxBytes`, `NOT_A_DOCUMENT`,
 * `UNSUPPORTED_KIND` (password-protected), `CORRUPT_ARCHIVE`.
 */
export function fromDoc(bytes: Uint8Array, options: ParseOptions = {}): ParseResult {
  const maxBytes = options.maxBytes ?? defaultMaxBytes;
  if (bytes.length > maxBytes) throw new ParseError('TOO_LARGE', `Input of ${bytes.length} bytes is over the limit of ${maxBytes}`);
  return finishParse(readLayout(docToLayout(bytes), options), options);
}
