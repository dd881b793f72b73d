import type { Report } from '@disclosure/core';
import { identifyReport } from '../aggregate/report-ref.ts';
import { compareTables, compareText, prepareText, type SimilarityOptions } from './compare-reports.ts';

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
}

/**
 * Over a set of reports, the pairs that repeat each other most: by text share, then identical non-zero cells.
 * Each report is shingled once; every pair is compared (quadratic: meant for hundreds of reports, not millions).
 */
export function findSimilarPairs(reports: Iterable<Report>, options: SimilarPairsOptions = {}): SimilarPair[] {
  const list = [...reports];
  const name = options.id ?? identifyReport;
  const prepared = list.map((report) => prepareText(report, options));
  const pairs: SimilarPair[] = [];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const { textShare } = compareText(prepared[i]!, prepared[j]!, { ...options, maxPassages: 0 });
      pairs.push({ a: name(list[i]!, i), b: name(list[j]!, j), textShare, tableShareNonZero: compareTables(list[i]!, list[j]!).shareNonZero });
    }
  }
  pairs.sort((x, y) => (y.textShare ?? -1) - (x.textShare ?? -1) || (y.tableShareNonZero ?? -1) - (x.tableShareNonZero ?? -1));
  return pairs.slice(0, options.limit ?? 10);
}
