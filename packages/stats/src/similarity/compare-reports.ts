import { assertReport, checkReports, type Report, type SectionKey } from '@disclosure/core';
import { listComparableCells } from '../aggregate/comparable-cells.ts';
import { canonicalCells, canonicalIndex } from '../cells/canonical-cells.ts';
import { getLayout, readCanonicalValues } from '../cells/report-layout.ts';
import { normaliseText, type NormalisedText } from './normalise-text.ts';
import { measureCoverage, listShingles, type RepeatedPassage } from './repeated-text.ts';

/** Options of `compareReports` and `findSimilarPairs`. */
export interface SimilarityOptions {
  /** Shingle length in characters (letters and digits only). Default 10: longer than the stock phrases every report shares (`政府信息公开` is 6). */
  readonly n?: number | undefined;
  /** Treat every run of digits as the same token, so re-dated or re-numbered copies still match. Default true. */
  readonly maskDigits?: boolean | undefined;
  /** Most passages listed per section. Default 10. */
  readonly maxPassages?: number | undefined;
}

/** How much of one section repeats between two reports. */
export interface SectionSimilarity {
  readonly section: SectionKey;
  /** Share of report A's section text found in B's same section (0–1); `null` when A's section is empty or missing. */
  readonly shareA: number | null;
  readonly shareB: number | null;
  /** Repeated characters of both over the characters of both; `null` when both are empty. */
  readonly share: number | null;
  /** Compared characters (letters and digits) of each side. */
  readonly lengthA: number;
  readonly lengthB: number;
  /** The longest repeated passages, as printed in A. */
  readonly passages: readonly RepeatedPassage[];
}

/** Identical table cells of two reports, over the cells both print and at least one fills in. */
export interface TableSimilarity {
  readonly compared: number;
  readonly identical: number;
  /** Share of identical cells; `null` when nothing was compared. */
  readonly share: number | null;
  /** Cells where at least one is non-zero, and of those the identical ones: all-zero tables say little. */
  readonly comparedNonZero: number;
  readonly identicalNonZero: number;
  readonly shareNonZero: number | null;
}

/** Copy-paste (内容雷同) measures for a pair of reports. */
export interface ReportSimilarity {
  readonly sections: readonly SectionSimilarity[];
  /** Repeated over total characters, all sections together; `null` when neither has text. */
  readonly textShare: number | null;
  readonly tables: TableSimilarity;
}

const sectionKeys: readonly SectionKey[] = [
  'overview',
  'activeDisclosure',
  'applications',
  'reviewAndLitigation',
  'problemsAndImprovements',
  'otherMatters',
];

/** A report's sections normalised and shingled once, for comparing it with many others. */
export interface PreparedText {
  readonly sections: ReadonlyMap<SectionKey, { readonly original: string; readonly text: NormalisedText; readonly shingles: Set<string> }>;
}

/** Normalises and shingles each section of `report`. */
export function prepareText(report: Report, options: SimilarityOptions = {}): PreparedText {
  assertReport(report, 'stats');
  const n = options.n ?? 10;
  const sections = new Map<SectionKey, { original: string; text: NormalisedText; shingles: Set<string> }>();
  for (const key of sectionKeys) {
    const original = report.sections[key]?.text ?? '';
    const text = normaliseText(original, options.maskDigits ?? true);
    sections.set(key, { original, text, shingles: listShingles(text.text, n) });
  }
  return { sections };
}

/** Text similarity of two prepared reports, section by section. */
export function compareText(a: PreparedText, b: PreparedText, options: SimilarityOptions = {}): Pick<ReportSimilarity, 'sections' | 'textShare'> {
  const n = options.n ?? 10;
  const maxPassages = options.maxPassages ?? 10;
  let covered = 0;
  let length = 0;
  const sections = sectionKeys.map((section): SectionSimilarity => {
    const x = a.sections.get(section)!;
    const y = b.sections.get(section)!;
    const ab = measureCoverage(x.text, x.original, y.shingles, n);
    const ba = measureCoverage(y.text, y.original, x.shingles, n);
    covered += ab.covered + ba.covered;
    length += ab.length + ba.length;
    return {
      section,
      shareA: ab.length === 0 ? null : ab.covered / ab.length,
      shareB: ba.length === 0 ? null : ba.covered / ba.length,
      share: ab.length + ba.length === 0 ? null : (ab.covered + ba.covered) / (ab.length + ba.length),
      lengthA: ab.length,
      lengthB: ba.length,
      passages: ab.passages.slice(0, maxPassages),
    };
  });
  return { sections, textShare: length === 0 ? null : covered / length };
}

const left = new Float64Array(canonicalCells.length);
const right = new Float64Array(canonicalCells.length);

/** Identical cells of two reports over the cells their editions share. */
export function compareTables(a: Report, b: Report): TableSimilarity {
  const la = getLayout(a);
  const lb = getLayout(b);
  readCanonicalValues(a, la, left);
  readCanonicalValues(b, lb, right);
  let compared = 0;
  let identical = 0;
  let comparedNonZero = 0;
  let identicalNonZero = 0;
  for (const path of listComparableCells([a.edition, b.edition]).comparable) {
    const i = canonicalIndex.get(path)!.index;
    if (la.present[i] !== 1 || lb.present[i] !== 1 || la.derived[i] !== lb.derived[i]) continue;
    const x = left[i]!;
    const y = right[i]!;
    if (x !== x && y !== y) continue;
    compared++;
    const same = x === y;
    if (same) identical++;
    if (x !== 0 || y !== 0) {
      comparedNonZero++;
      if (same) identicalNonZero++;
    }
  }
  return {
    compared,
    identical,
    share: compared === 0 ? null : identical / compared,
    comparedNonZero,
    identicalNonZero,
    shareNonZero: comparedNonZero === 0 ? null : identicalNonZero / comparedNonZero,
  };
}

/**
 * Copy-paste (内容雷同) between two reports: per section, the share of text that repeats (character n-gram
 * shingles, blind to punctuation, whitespace and, by default, to the figures) and the repeated passages; and
 * the share of identical table cells.
 */
export function compareReports(a: Report, b: Report, options: SimilarityOptions = {}): ReportSimilarity {
  return checkReports('compareReports', [a, b], () => ({ ...compareText(prepareText(a, options), prepareText(b, options), options), tables: compareTables(a, b) }));
}
