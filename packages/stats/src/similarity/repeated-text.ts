import type { NormalisedText } from './normalise-text.ts';

/** The character n-grams (shingles) of a normalised text; a text shorter than `n` is its own single shingle. */
export function listShingles(text: string, n: number): Set<string> {
  const shingles = new Set<string>();
  if (text.length === 0) return shingles;
  if (text.length < n) {
    shingles.add(text);
    return shingles;
  }
  for (let i = 0; i + n <= text.length; i++) shingles.add(text.slice(i, i + n));
  return shingles;
}

/** A passage of one text that also occurs in the other, as printed in the first. */
export interface RepeatedPassage {
  readonly text: string;
  /** Its length in compared characters (letters and digits). */
  readonly length: number;
}

/** How much of `a` is covered by shingles that also occur in `other`, and the covered runs. */
export interface Coverage {
  readonly covered: number;
  readonly length: number;
  readonly passages: readonly RepeatedPassage[];
}

/** Marks every character of `a` inside a shingle found in `other`; maximal marked runs are the passages. */
export function measureCoverage(a: NormalisedText, original: string, other: ReadonlySet<string>, n: number): Coverage {
  const { text, offsets } = a;
  const marked = new Uint8Array(text.length);
  if (text.length < n) {
    if (text.length > 0 && other.has(text)) marked.fill(1);
  } else {
    for (let i = 0; i + n <= text.length; i++) if (other.has(text.slice(i, i + n))) marked.fill(1, i, i + n);
  }
  let covered = 0;
  const passages: RepeatedPassage[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && marked[i] === 1) {
      covered++;
      if (start < 0) start = i;
    } else if (start >= 0) {
      const last = offsets[i - 1]!;
      const end = last + (original.codePointAt(last)! > 0xffff ? 2 : 1);
      passages.push({ text: original.slice(offsets[start]!, end), length: i - start });
      start = -1;
    }
  }
  passages.sort((x, y) => y.length - x.length);
  return { covered, length: text.length, passages };
}
