import type { ParseOptions } from '../options.ts';
import { readLayout } from '../parse-layout.ts';
import type { ParseResult } from '../parse-result.ts';
import { docxToLayout } from './docx-to-layout.ts';

/** Reads a report from a Word document (DOCX), from its own tables and paragraphs: `readLayout(docxToLayout(bytes, options), options)`. */
export function fromDocx(bytes: Uint8Array, options: ParseOptions = {}): ParseResult {
  return readLayout(docxToLayout(bytes, options), options);
}
