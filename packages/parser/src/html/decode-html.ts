/** How far a `<meta>` charset is looked for: the HTML prescan stops at 1 024 bytes, but CMS pages put long scripts first. */
const prescanBytes = 4096;

/** GB2312 and GBK pages are decoded as GB18030, their superset, as browsers do. */
const gbLabels = new Set([
  'gb2312', 'gbk', 'x-gbk', 'gb_2312-80', 'gb_2312', 'csgb2312', 'chinese', 'iso-ir-58', 'cp936', 'ms936', 'windows-936',
  'gb18030',
]);

function normalizeLabel(label: string): string {
  const lower = label.trim().toLowerCase();
  return gbLabels.has(lower) ? 'gb18030' : lower;
}

function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * The charset a page declares in its first bytes: `<meta charset=…>` or
 * `<meta http-equiv="Content-Type" content="text/html; charset=…">`, normalised (GB2312/GBK → `gb18030`).
 */
export function sniffCharset(bytes: Uint8Array): string | null {
  const bom = bomEncoding(bytes);
  if (bom) return bom.encoding;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, prescanBytes));
  for (const meta of head.matchAll(/<meta\b[^>]*>/giu)) {
    const charset = /charset\s*=\s*["']?\s*([\w.:-]+)/iu.exec(meta[0]);
    if (charset) return normalizeLabel(charset[1]!);
  }
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/iu.exec(head);
  return xml ? normalizeLabel(xml[1]!) : null;
}

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

/** The bytes decoded as UTF-8, or `null` when they are not valid UTF-8: one pass both checks and decodes. */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Decodes an HTML page's bytes: by `encoding` when given, else the BOM, else the charset declared in a `<meta>`,
 * else UTF-8. The declaration is not trusted over the bytes where they disagree in the usual ways of Chinese
 * government pages: bytes that are not valid UTF-8 but declared (or assumed) UTF-8 are decoded as GB18030, and
 * non-ASCII bytes that are valid UTF-8 but declared GB2312/GBK (a page re-encoded by a newer CMS) as UTF-8.
 */
export function decodeHtml(bytes: Uint8Array, encoding?: string): string {
  const bom = bomEncoding(bytes);
  const body = bom ? bytes.subarray(bom.length) : bytes;
  if (encoding !== undefined) return (decoderFor(normalizeLabel(encoding)) ?? new TextDecoder('utf-8')).decode(body);
  if (bom) return new TextDecoder(bom.encoding).decode(body);
  const decoder = decoderFor(sniffCharset(bytes) ?? 'utf-8') ?? new TextDecoder('utf-8');
  if (decoder.encoding === 'utf-8') return strictUtf8(body) ?? new TextDecoder('gb18030').decode(body);
  if (decoder.encoding === 'gb18030' && body.some((b) => b >= 0x80)) return strictUtf8(body) ?? decoder.decode(body);
  return decoder.decode(body);
}
