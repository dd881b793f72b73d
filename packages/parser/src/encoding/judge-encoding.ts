/** How a document's bytes read as the encodings Chinese reports use. */
export type EncodingVerdict =
  /** ASCII, valid UTF-8, or a BOM: nothing to say */
  | 'utf'
  /** not UTF-8, and GB18030 with the characters of running Chinese text */
  | 'gb18030'
  /** neither: Latin-1, Shift-JIS, binary … — GB18030 decoding would invent characters */
  | 'uncertain';

/** Share of double-byte characters outside GB2312 above which GB18030 is not believed. */
const maxRareShare = 0.2;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function hasBom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/**
 * Whether non-UTF-8 bytes are plausibly GB18030. Chinese prose is almost all GB2312 (lead byte A1–F7, trail
 * A1–FE); text in another single-byte encoding decoded as GB18030 pairs a high byte with an ASCII letter
 * (GBK's extension area) or leaves a byte that is no character at all. So GB18030 is believed when every byte
 * decodes and at most a fifth of the multi-byte characters lie outside GB2312.
 */
function isPlausibleGb18030(bytes: Uint8Array): boolean {
  let common = 0;
  let rare = 0;
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i]!;
    if (lead < 0x80) continue;
    const trail = bytes[i + 1];
    if (lead === 0x80 || lead === 0xff || trail === undefined) return false;
    if (trail >= 0x30 && trail <= 0x39) {
      const third = bytes[i + 2];
      const fourth = bytes[i + 3];
      if (third === undefined || third < 0x81 || third > 0xfe || fourth === undefined || fourth < 0x30 || fourth > 0x39) return false;
      rare++;
      i += 3;
      continue;
    }
    if (trail < 0x40 || trail === 0x7f || trail === 0xff) return false;
    if (lead >= 0xa1 && lead <= 0xf7 && trail >= 0xa1) common++;
    else rare++;
    i++;
  }
  return rare <= (common + rare) * maxRareShare;
}

/** Tells whether `bytes` are UTF-8 (or carry a BOM), believable GB18030, or neither. */
export function judgeEncoding(bytes: Uint8Array): EncodingVerdict {
  if (hasBom(bytes)) return 'utf';
  try {
    strictUtf8.decode(bytes);
    return 'utf';
  } catch {
    return isPlausibleGb18030(bytes) ? 'gb18030' : 'uncertain';
  }
}
