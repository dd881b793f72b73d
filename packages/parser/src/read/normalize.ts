import { normalizeByCharacter } from './normalize-by-character.ts';

// `\s` holds U+00A0, U+3000 and U+FEFF; a zero-width space is not white space but is dropped too. Three replaces
// with strings, not one with a function: no call per match (a table's text has one at every cell).
const blanks = /[\s\u200b]+/gu;
const quotes = /[“”「」"'‘’『』]/gu;
const ordinalPrefix = /^(?:[一二三四五六七八九十]+[,.]|\([一二三四五六七八九十]+\)|\d+[.,]?)/;

const seen = new Map<string, string>();

/** {@link normalizeText} done on the whole text at once: right for any text, and the reference for the per-character way. */
export function normalizeWhole(text: string): string {
  return text.normalize('NFKC').replace(blanks, '').replace(quotes, '"').replaceAll('、', ',');
}

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
  // Labels and cells repeat in every report: the short ones are remembered, within a bound. A long text is never
  // looked up (that would hash all of it to find nothing).
  const short = text.length <= 64;
  let normalized = short ? seen.get(text) : undefined;
  if (normalized === undefined) {
    normalized = normalizeByCharacter(text, normalizeWhole) ?? normalizeWhole(text);
    if (short) {
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
