import { defaultMaxBytes, type ParseOptions } from '../options.ts';
import { finishParse, type ParseResult } from '../parse-result.ts';
import { readLayout } from '../read/read-layout.ts';
import { docxToLayout } from './docx-to-layout.ts';

/** Reads a report from a Word document (DOCX), from its own tables and paragraphs. */
export function fromDocx(bytes: Uint8Array, options: ParseOptions = {}): ParseResult {
  return finishParse(readLayout(docxToLayout(bytes, { maxBytes: options.maxBytes ?? defaultMaxBytes }), options), options);
}
