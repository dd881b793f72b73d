import { sectionCatalogue, type Report } from '@disclosure/core';

/** Values in a signature. */
export const signatureLength = 128;

const sectionKeys = sectionCatalogue.map((section) => section.key);

const binBits = 7; // 2^7 = signatureLength bins
const valueBits = 32 - binBits;
const empty = 0xffffffff;

/** A 32-bit avalanche (murmur3's finaliser): nearby shingle hashes land in unrelated bins. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** What copy-paste detection compares of a section: NFKC letters and digits, each digit run one `#` when `maskDigits`. */
function lettersOf(text: string, maskDigits: boolean): string {
  const kept = text.normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '');
  return maskDigits ? kept.replace(/\p{N}+/gu, '#') : kept;
}

/**
 * A MinHash signature of `report`'s prose: one-permutation hashing (Li, Owen and Zhang 2012) of its character
 * `n`-gram shingles, each tagged with its section so that only the same section matches, into
 * `signatureLength` bins, empty bins filled by rotation (Shrivastava and Li 2014). Two signatures agree in a
 * position with probability close to the Jaccard similarity of the two shingle sets. Shingles are hashed with a
 * rolling polynomial hash, so a report costs one pass over its text. The text is reduced as `normaliseText`
 * reduces it (NFKC, letters and digits, digit runs masked), normalised per section rather than per character.
 */
export function textSignature(report: Report, n: number, maskDigits: boolean): Uint32Array {
  const signature = new Uint32Array(signatureLength).fill(empty);
  let power = 1; // 31^(n-1), to drop the character leaving the window
  for (let i = 1; i < n; i++) power = Math.imul(power, 31);
  for (let s = 0; s < sectionKeys.length; s++) {
    const original = report.sections[sectionKeys[s]!]?.text;
    if (!original) continue;
    const text = lettersOf(original, maskDigits);
    const seed = Math.imul(s + 1, 0x9e3779b1);
    const add = (hash: number) => {
      const h = mix((hash ^ seed) >>> 0);
      const bin = h >>> valueBits;
      const value = h & ((1 << valueBits) - 1);
      if (value < signature[bin]!) signature[bin] = value;
    };
    if (text.length < n) {
      // a text shorter than a shingle is its own single shingle, as in `shinglesOf`
      let hash = 0;
      for (let i = 0; i < text.length; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
      if (text.length > 0) add(Math.imul(hash, 0x27d4eb2d));
      continue;
    }
    let hash = 0;
    for (let i = 0; i < text.length; i++) {
      if (i >= n) hash = (hash - Math.imul(text.charCodeAt(i - n), power)) | 0;
      hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
      if (i >= n - 1) add(hash);
    }
  }
  densify(signature);
  return signature;
}

/** Fills each empty bin from the next originally filled bin to its right (cyclically), offset by the distance. */
function densify(signature: Uint32Array): void {
  const filled = signature.map((value) => (value === empty ? 0 : 1));
  if (!filled.includes(1)) return; // no prose: an all-empty signature, which `findSimilarPairs` leaves out
  for (let j = 0; j < signatureLength; j++) {
    if (filled[j] === 1) continue;
    let t = 1;
    while (filled[(j + t) % signatureLength] === 0) t++;
    // values are below 2^25: adding t × 2^25 (t < 128) keeps a borrowed value apart from any directly hashed one
    signature[j] = signature[(j + t) % signatureLength]! + t * (1 << valueBits);
  }
}
