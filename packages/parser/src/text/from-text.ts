import { ParseError } from '../errors.ts';
import { defaultMaxBytes, type ParseOptions } from '../options.ts';
import { finishParse, type ParseResult } from '../parse-result.ts';
import { readLayout } from '../read/read-layout.ts';
import { decodeText } from './decode-text.ts';
import { textToLayout } from './text-to-layout.ts';

/** Reads a report from plain text (extracted from PDF or Word, pasted from a web page, or Markdown). */
export function fromText(input: string | Uint8Array, options: ParseOptions = {}): ParseResult {
  const max = options.maxBytes ?? defaultMaxBytes;
  if (input.length > max) throw new ParseError('TOO_LARGE', `Input of ${input.length} bytes is over the limit of ${max}`);
  const text = typeof input === 'string' ? input : decodeText(input);
  if (text.trim() === '') throw new ParseError('EMPTY_INPUT', 'The document has no text');
  return finishParse(readLayout(textToLayout(text), options), options);
}
