import type { Diagnostic } from '@disclosure/core/lite';
import { ParseError } from '../errors.ts';
import { sniffCharset } from '../html/decode-html.ts';
import type { ParseResult } from '../parse-result.ts';
import { judgeEncoding } from './judge-encoding.ts';

/** Charsets the decoders guess between; a page that declares any other (known) charset is decoded as it says. */
const guessedCharsets = new Set(['utf-8', 'gb18030', 'gbk']);

function declaresOtherCharset(bytes: Uint8Array): boolean {
  const label = sniffCharset(bytes);
  if (label === null) return false;
  try {
    return !guessedCharsets.has(new TextDecoder(label).encoding);
  } catch {
    return false;
  }
}

const uncertain: Diagnostic = {
  rule: 'parser/encoding-uncertain',
  severity: 'warning',
  status: 'fail',
  message: '文件既不是 UTF-8 也不像 GB18030（GBK）中文文本，已按 GB18030 解码，文字可能有误',
  messageEn: 'The bytes are neither UTF-8 nor plausible GB18030 (GBK) Chinese text; they were decoded as GB18030 and the text may be wrong',
  paths: [],
};

/**
 * Says out loud when a text or HTML document was decoded by a guess the bytes do not support: adds the
 * `parser/encoding-uncertain` note, or throws `NOT_A_DOCUMENT` when nothing readable came of it (no table value).
 * Strings, UTF-8, believable GB18030 and pages that declare another charset pass unchanged.
 */
export function noteEncoding(input: string | Uint8Array, kind: 'html' | 'text', result: ParseResult): ParseResult {
  if (typeof input === 'string') return result;
  if (kind === 'html' && declaresOtherCharset(input)) return result;
  if (judgeEncoding(input) !== 'uncertain') return result;
  if (Object.keys(result.sourceMap).length === 0) {
    throw new ParseError('NOT_A_DOCUMENT', 'The bytes are neither UTF-8 nor plausible GB18030 text, and no table value could be read');
  }
  return { ...result, diagnostics: [uncertain, ...result.diagnostics] };
}
