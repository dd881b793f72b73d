import { ParseError } from '../errors.ts';

/** Text bytes as a string: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (GBK), the Chinese legacy encoding. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch (cause) {
      throw new ParseError('NOT_A_DOCUMENT', 'The input is neither UTF-8 nor GB18030 text', { cause });
    }
  }
}
