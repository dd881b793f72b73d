import { assertReport, type Report } from '@disclosure/core';
import { identifyReport } from '../aggregate/report-ref.ts';
import { compareTables, compareText, prepareText, type PreparedText, type SimilarityOptions } from './compare-reports.ts';
import { signatureLength, textSignature } from './text-signature.ts';

/** One pair of reports and how much they repeat each other. */
export interface SimilarPair {
  readonly a: string;
  readonly b: string;
  /** Repeated over total characters, all sections together; `null` when neither has text. */
  readonly textShare: number | null;
  /** Identical table cells among those at least one fills with a non-zero figure. */
  readonly tableShareNonZero: number | null;
}

/** Options of `findSimilarPairs`. */
export interface SimilarPairsOptions extends SimilarityOptions {
  /** Return at most this many pairs. Default 10. */
  readonly limit?: number | undefined;
  /** How a report is named. Default `identifyReport`. */
  readonly id?: ((report: Report, index: number) => string) | undefined;
  /** The least `textShare` of a pair returned (0–1). Default 0.8. */
  readonly threshold?: number | undefined;
}

/** The S-curve: the probability that two signatures of Jaccard similarity `jaccard` agree on a whole band. */
export function candidateProbability(jaccard: number, rows: number): number {
  return 1 - (1 - jaccard ** rows) ** (signatureLength / rows);
}

/** The Jaccard similarity of two equal-sized shingle sets that share a `share` of their shingles. */
function jaccardOf(share: number): number {
  return share / (2 - share);
}

/** The most rows per band (of 8, 4, 2, 1) that still make a pair at the threshold a candidate with probability ≥ 0.999. */
export function rowsFor(threshold: number): number {
  for (const rows of [8, 4, 2]) if (candidateProbability(jaccardOf(threshold), rows) >= 0.999) return rows;
  return 1;
}

/** The band hash of signature `index` in `band` of `rows` rows: its values folded into 32 bits. */
function bandHash(signatures: Uint32Array, index: number, band: number, rows: number): number {
  let h = band;
  for (let r = 0, at = index * signatureLength + band * rows; r < rows; r++) h = Math.imul(h ^ signatures[at + r]!, 0x9e3779b1) ^ (h >>> 15);
  return h >>> 0;
}

/** Share of positions where two signatures agree: an estimate of the Jaccard similarity of the shingle sets. */
function agreement(signatures: Uint32Array, i: number, j: number): number {
  let same = 0;
  for (let k = 0, a = i * signatureLength, b = j * signatureLength; k < signatureLength; k++) if (signatures[a + k] === signatures[b + k]) same++;
  return same / signatureLength;
}

/**
 * Pairs `i < j` whose signatures agree in every row of at least one band (LSH banding), keeping those whose
 * signatures agree in at least `floor` of all positions. `withProse[i]` is 0 for a report without prose.
 */
function candidatePairs(signatures: Uint32Array, withProse: Uint8Array, count: number, rows: number, floor: number): Map<number, number[]> {
  const partners = new Map<number, number[]>();
  const seen = new Set<number>();
  // one band at a time: (hash × 2^21 + index) sorted, so equal hashes sit together
  const keys = new Float64Array(count);
  for (let band = 0; band < signatureLength / rows; band++) {
    let size = 0;
    for (let i = 0; i < count; i++) if (withProse[i] === 1) keys[size++] = bandHash(signatures, i, band, rows) * 2 ** 21 + i;
    const sorted = keys.subarray(0, size).sort();
    for (let start = 0; start < size; ) {
      const hash = Math.floor(sorted[start]! / 2 ** 21);
      let end = start + 1;
      while (end < size && Math.floor(sorted[end]! / 2 ** 21) === hash) end++;
      for (let x = start; x < end; x++) {
        for (let y = x + 1; y < end; y++) {
          const i = sorted[x]! % 2 ** 21;
          const j = sorted[y]! % 2 ** 21;
          const key = i * count + j;
          if (seen.has(key)) continue;
          seen.add(key);
          if (agreement(signatures, i, j) < floor) continue;
          const list = partners.get(i);
          if (list) list.push(j);
          else partners.set(i, [j]);
        }
      }
      start = end;
    }
  }
  return partners;
}

/**
 * Over a set of reports, the pairs whose text repeats at least `threshold` (`textShare`, as `compareReports`
 * measures it), most repeated first, then by identical non-zero cells; at most `limit`.
 *
 * Scales to a nation's reports: each report is read once into a 128-value MinHash signature of its shingles
 * (see `textSignature`), held instead of the report; signatures are split into bands (locality-sensitive
 * hashing), and only reports that agree on a whole band, and on at least half the rows a pair at the threshold
 * would, are compared exactly, in a second pass over `reports` that prepares just those reports. `reports` is iterated twice when it can start over (an array, or
 * an object whose `[Symbol.iterator]` reads the reports afresh); a one-shot iterator is collected first.
 *
 * Error bound (the banding S-curve): with `r` rows per band, two reports whose shingle sets have Jaccard
 * similarity `J` become candidates with probability `1 − (1 − Jʳ)^(128/r)` (`candidateProbability`). `r` is the
 * largest of 8, 4, 2, 1 that gives at least 0.999 at the threshold's Jaccard `t / (2 − t)` (`rowsFor`): for the
 * default 0.8, `r` = 4, 32 bands: 0.9991 at J = 2/3, 0.87 at J = 1/2, 0.12 at J = 1/4, 0.0002 at J = 1/20
 * (unrelated reports: few candidates); for 0.5, `r` = 2; for 0.2 and below, `r` = 1 (many more candidates). `textShare` counts
 * characters covered by any shared shingle, so it is at least about the shingle share: a pair above the
 * threshold whose edits are scattered through every sentence can have a lower `J` and be missed with the
 * probability the curve gives for its `J`. Nothing found is ever wrong: every pair returned was measured exactly.
 */
export function findSimilarPairs(reports: Iterable<Report>, options: SimilarPairsOptions = {}): SimilarPair[] {
  const n = options.n ?? 10;
  const maskDigits = options.maskDigits ?? true;
  const threshold = options.threshold ?? 0.8;
  const name = options.id ?? identifyReport;
  const oneShot = reports[Symbol.iterator]() === reports[Symbol.iterator]();
  const source: Iterable<Report> = oneShot ? [...reports] : reports;

  // pass 1: a signature per report
  let signatures = new Uint32Array(1024 * signatureLength);
  let withProse = new Uint8Array(1024);
  let count = 0;
  for (const report of source) {
    assertReport(report, 'findSimilarPairs');
    if (count === withProse.length) {
      signatures = growTo(signatures, signatures.length * 2);
      withProse = growTo(withProse, withProse.length * 2);
    }
    const signature = textSignature(report, n, maskDigits);
    signatures.set(signature, count * signatureLength);
    withProse[count] = signature[0] === 0xffffffff ? 0 : 1;
    count++;
  }
  if (count >= 2 ** 21) throw new RangeError('findSimilarPairs: at most 2,097,151 reports at a time');
  const rows = rowsFor(threshold);
  const partners = candidatePairs(signatures, withProse, count, rows, jaccardOf(threshold) / 2);

  // pass 2: exact comparison of the candidates, each prepared once and kept only while it has partners ahead
  const lastPartner = new Map<number, number>();
  for (const [i, list] of partners) {
    for (const j of list) {
      lastPartner.set(i, Math.max(lastPartner.get(i) ?? -1, j));
      lastPartner.set(j, Math.max(lastPartner.get(j) ?? -1, j));
    }
  }
  const earlier = new Map<number, number[]>();
  for (const [i, list] of partners) for (const j of list) (earlier.get(j) ?? earlier.set(j, []).get(j)!).push(i);
  const kept = new Map<number, { report: Report; prepared: PreparedText }>();
  const pairs: SimilarPair[] = [];
  let index = 0;
  for (const report of source) {
    const at = index++;
    if (!lastPartner.has(at)) continue;
    const prepared = prepareText(report, options);
    for (const i of earlier.get(at) ?? []) {
      const other = kept.get(i)!;
      const { textShare } = compareText(other.prepared, prepared, { ...options, maxPassages: 0 });
      if (textShare !== null && textShare >= threshold) {
        pairs.push({ a: name(other.report, i), b: name(report, at), textShare, tableShareNonZero: compareTables(other.report, report).shareNonZero });
      }
      if (lastPartner.get(i) === at) kept.delete(i);
    }
    if (lastPartner.get(at)! > at) kept.set(at, { report, prepared });
  }
  pairs.sort((x, y) => (y.textShare ?? -1) - (x.textShare ?? -1) || (y.tableShareNonZero ?? -1) - (x.tableShareNonZero ?? -1));
  return pairs.slice(0, options.limit ?? 10);
}

function growTo<T extends Uint32Array | Uint8Array>(array: T, length: number): T {
  const grown = new (array.constructor as new (length: number) => T)(length);
  grown.set(array);
  return grown;
}
