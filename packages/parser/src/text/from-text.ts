import type { ParseOptions } from '../options.ts';
import { readLayout } from '../parse-layout.ts';
import type { ParseResult } from '../parse-result.ts';
import { textToLayout } from './text-to-layout.ts';

/**
 * Reads a report from plain text (extracted from PDF or Word, pasted from a web page, or Markdown):
 * `readLayout(textToLayout(input, options), options)`.
 */
export function fromText(input: string | Uint8Array, options: ParseOptions = {}): ParseResult {
  return readLayout(textToLayout(input, options), options);
}
