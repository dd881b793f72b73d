// `\s` holds U+00A0, U+3000 and U+FEFF; a zero-width space is not white space but is dropped too. Three replaces
// with strings, not one with a function: no call per match (a table's text has one at every cell).
const blanks = /[\s\u200b]+/gu;
const quotes = /[“”「」"'‘’『』]/gu;
const ordinalPrefix = /^(?:[一二三四五六七八九十]+[,.]|\([一二三四五六七八九十]+\)|\d+[.,]?)/;

const seen = new Map<string, string>();

/**
 * True when normalising cannot change `text`: only CJK unified ideographs (no compatibility forms among them) and
 * printable ASCII other than the space and `'` (NFKC leaves them alone and none is unified).
 */
function isStable(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x4e00 ? code > 0x9fff : code < 0x21 || code > 0x7e || code === 0x27) return false;
  }
  return true;
}

/**
 * The form labels are compared in (spec §10): NFKC (full-width `（）：，` become ASCII), no whitespace at all,
 * every kind of quote as `"`, and the enumeration comma as `,` (real reports mix `、`, `，` and `,`).
 */
export function normalizeText(text: string): string {
  if (isStable(text)) return text;
  let normalized = seen.get(text);
  if (normalized === undefined) {
    normalized = text.normalize('NFKC').replace(blanks, '').replace(quotes, '"').replaceAll('、', ',');
    if (text.length <= 64) {
      // Labels and cells repeat in every report: remember the short ones, within a bound.
      if (seen.size >= 20_000) seen.clear();
      seen.set(text, normalized);
    }
  }
  return normalized;
}

/** A normalised label without its ordinal (`1.`, `1、`, `（一）`, `三、`), so `（四）无法 提供` matches `无法提供`. */
export function normalizeLabel(label: string): string {
  return normalizeText(label).replace(ordinalPrefix, '');
}
