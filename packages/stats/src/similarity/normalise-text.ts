/** Text reduced to what copy-paste detection compares, with each kept character's offset in the original. */
export interface NormalisedText {
  readonly text: string;
  /** `offsets[i]` is where `text[i]` starts in the original string. */
  readonly offsets: readonly number[];
}

/**
 * NFKC-normalises `text` and keeps only letters and digits (punctuation, whitespace and symbols dropped), so
 * `全文，包括` and `全文 包括` compare equal. With `maskDigits` (default true) each run of digits becomes one `#`,
 * so a passage copied with a new year or new figures still counts as repeated.
 */
export function normaliseText(text: string, maskDigits = true): NormalisedText {
  const kept: string[] = [];
  const offsets: number[] = [];
  let inDigits = false;
  let offset = 0;
  for (const char of text) {
    const at = offset;
    offset += char.length;
    for (const c of char.normalize('NFKC')) {
      if (/\p{N}/u.test(c)) {
        if (maskDigits) {
          if (!inDigits) {
            kept.push('#');
            offsets.push(at);
          }
          inDigits = true;
          continue;
        }
      } else if (!/\p{L}/u.test(c)) {
        continue;
      }
      inDigits = false;
      kept.push(c);
      offsets.push(at);
    }
  }
  return { text: kept.join(''), offsets };
}
