import { ParseError } from '../errors.ts';
import { defaultMaxBytes, type ParseOptions } from '../options.ts';
import { finishParse, type ParseResult } from '../parse-result.ts';
import { readLayout } from '../read/read-layout.ts';
import { htmlToLayout } from './html-to-layout.ts';

/** Reads a report from an HTML page (bytes are decoded by the page's charset: GBK, GB2312, GB18030, UTF-8). */
export function fromHtml(input: string | Uint8Array, options: ParseOptions = {}): ParseResult {
  const max = options.maxBytes ?? defaultMaxBytes;
  if (input.length > max) throw new ParseError('TOO_LARGE', `Input of ${input.length} bytes is over the limit of ${max}`);
  return finishParse(readLayout(htmlToLayout(input), options), options);
}
