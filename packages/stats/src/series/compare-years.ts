import { addDecimals, assertReport, checkContinuity, formatDecimal, toDecimal, type CellPath, type Diagnostic, type Report, type ValidateOptions } from '@disclosure/core';
import { listComparableCells } from '../aggregate/comparable-cells.ts';
import { identifyReport, toReportRef } from '../aggregate/report-ref.ts';
import type { ReportRef } from '../aggregate/types.ts';
import { canonicalCells, canonicalIndex } from '../cells/canonical-cells.ts';
import { getLayout, readCanonicalValues } from '../cells/report-layout.ts';
import { computeIndicators } from '../indicators/compute-indicators.ts';

/** The change of one cell or indicator from one report of the series to the next. */
export interface YearChange {
  readonly kind: 'cell' | 'indicator';
  /** The cell path or the indicator ID. */
  readonly key: string;
  readonly fromYear: number;
  readonly toYear: number;
  readonly previous: number | null;
  readonly current: number | null;
  /** `current − previous` (exact for money); `null` when either is unknown. */
  readonly change: number | null;
  /** `change / |previous|`; `null` when `previous` is 0 or unknown. */
  readonly relativeChange: number | null;
}

/** Core's cross-year checks (XY.R1–R4) for one pair of consecutive reports. */
export interface ContinuityCheck {
  readonly fromYear: number;
  readonly toYear: number;
  /** False when a year is missing between the two: the XY rules are then not run. */
  readonly checked: boolean;
  readonly diagnostics: readonly Diagnostic[];
}

/** One agency's reports over the years, compared. */
export interface SeriesComparison {
  /** The reports in year order (those without a year are left out and named in `notes`). */
  readonly reports: readonly ReportRef[];
  readonly years: readonly number[];
  readonly changes: readonly YearChange[];
  readonly continuity: readonly ContinuityCheck[];
  /** Problems with the series itself: several agencies, repeated or missing years, reports without a year. */
  readonly notes: readonly string[];
}

/** Options of `compareYears`. */
export interface CompareYearsOptions {
  /** Cells to follow. Default: every cell the two editions of each pair share (see `listComparableCells`). */
  readonly paths?: readonly CellPath[] | undefined;
  /** Indicators to follow. Default: the whole `indicatorCatalogue`; `[]` for none. */
  readonly indicators?: readonly string[] | undefined;
  /** Passed to core's `checkContinuity`. Default `{}`. */
  readonly continuity?: ValidateOptions | undefined;
}

function measureChange(kind: YearChange['kind'], key: string, fromYear: number, toYear: number, previous: number | null, current: number | null): YearChange {
  let delta: number | null = null;
  if (previous !== null && current !== null) {
    delta = Number.isInteger(previous) && Number.isInteger(current) ? current - previous : Number(formatDecimal(addDecimals(toDecimal(current), toDecimal(-previous))));
  }
  const relativeChange = delta !== null && previous !== null && previous !== 0 ? delta / Math.abs(previous) : null;
  return { kind, key, fromYear, toYear, previous, current, change: delta, relativeChange };
}

/**
 * Year-over-year changes of cells and indicators over one agency's reports (sorted by year), and core's
 * continuity checks (XY rules) on each pair of consecutive years.
 */
export function compareYears(reports: Iterable<Report>, options: CompareYearsOptions = {}): SeriesComparison {
  const notes: string[] = [];
  const dated: Report[] = [];
  for (const [index, report] of [...reports].entries()) {
    assertReport(report, 'compareYears');
    if (report.meta.year === null) notes.push(`${identifyReport(report, index)}: no year, left out`);
    else dated.push(report);
  }
  dated.sort((a, b) => a.meta.year! - b.meta.year!);
  const agencies = new Set(dated.map((report) => report.meta.agency));
  if (agencies.size > 1) notes.push(`several agencies in one series: ${[...agencies].join(', ')}`);
  const changes: YearChange[] = [];
  const continuity: ContinuityCheck[] = [];
  const previousValues = new Float64Array(canonicalCells.length);
  const currentValues = new Float64Array(canonicalCells.length);
  for (let k = 1; k < dated.length; k++) {
    const before = dated[k - 1]!;
    const after = dated[k]!;
    const fromYear = before.meta.year!;
    const toYear = after.meta.year!;
    if (fromYear === toYear) notes.push(`two reports for ${toYear}`);
    const consecutive = toYear === fromYear + 1;
    if (toYear > fromYear + 1) notes.push(`no report between ${fromYear} and ${toYear}`);
    continuity.push({ fromYear, toYear, checked: consecutive, diagnostics: consecutive ? checkContinuity(before, after, options.continuity) : [] });

    const beforeLayout = getLayout(before);
    const afterLayout = getLayout(after);
    readCanonicalValues(before, beforeLayout, previousValues);
    readCanonicalValues(after, afterLayout, currentValues);
    const paths = options.paths ?? listComparableCells([before.edition, after.edition]).comparable;
    for (const path of paths) {
      const cell = canonicalIndex.get(path);
      if (!cell) throw new TypeError(`Unknown cell path "${path}"`);
      const read = (values: Float64Array, present: Uint8Array) => {
        const value = present[cell.index] === 1 ? values[cell.index]! : Number.NaN;
        return value === value ? value : null;
      };
      changes.push(measureChange('cell', path, fromYear, toYear, read(previousValues, beforeLayout.present), read(currentValues, afterLayout.present)));
    }
    const ids = options.indicators;
    const previous = computeIndicators(before, ids ? { ids } : {});
    const current = computeIndicators(after, ids ? { ids } : {});
    previous.forEach((value, i) => changes.push(measureChange('indicator', value.id, fromYear, toYear, value.value, current[i]!.value)));
  }
  return {
    reports: dated.map((report, index) => toReportRef(report, identifyReport(report, index))),
    years: dated.map((report) => report.meta.year!),
    changes,
    continuity,
    notes,
  };
}
