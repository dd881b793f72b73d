import type { ParseOptions } from '../options.ts';
import { readLayout } from '../parse-layout.ts';
import type { ParseResult } from '../parse-result.ts';
import { htmlToLayout } from './html-to-layout.ts';

/**
 * Reads a report from an HTML page (bytes are decoded by the page's charset: GBK, GB2312, GB18030, UTF-8):
 * `readLayout(htmlToLayout(input, options), options)`.
 */
export function fromHtml(input: string | Uint8Array, options: ParseOptions = {}): ParseResult {
  return readLayout(htmlToLayout(input, options), options);
}
