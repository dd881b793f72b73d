import { addDecimals, checkReports, describeCells, formatDecimal, toDecimal, type Decimal, type Report } from '@disclosure/core';
import type { Aggregate } from '../aggregate/types.ts';
import { canonicalCells, canonicalIndex } from '../cells/canonical-cells.ts';
import { getLayout, readCanonicalValues } from '../cells/report-layout.ts';
import { indicatorCatalogue, type IndicatorEntry } from './catalogue.ts';

/** Why an indicator has no value. */
export interface IndicatorReason {
  /** `blank`: an operand is blank (`null`); `notApplicable`: the report's edition or layout has no such cell; `zeroDenominator`. */
  readonly code: 'blank' | 'notApplicable' | 'zeroDenominator';
  readonly message: string;
  readonly messageEn: string;
  /** The operand cells concerned. */
  readonly paths: readonly string[];
}

/** One indicator's value for one report or aggregate. A ratio never comes out as `NaN` or `Infinity`. */
export interface IndicatorValue {
  readonly id: string;
  /** The value, or `null` with a `reason`. */
  readonly value: number | null;
  readonly numerator: number | null;
  /** `null` for counts and amounts, which have none. */
  readonly denominator: number | null;
  /**
   * For an aggregate, the smallest share of its reports that printed every operand (1 = all); for a report,
   * 1 when every operand is printed, else 0.
   */
  readonly coverage: number;
  readonly reason: IndicatorReason | null;
}

/** Options of `computeIndicators` and `streamIndicators`. */
export interface IndicatorOptions {
  /** Only these indicator IDs, in this order. Default: the whole `indicatorCatalogue`. */
  readonly ids?: readonly string[] | undefined;
}

interface Term {
  readonly index: number;
  readonly path: string;
  readonly sign: 1 | -1;
}
interface Compiled {
  readonly entry: IndicatorEntry;
  readonly numerator: readonly Term[];
  readonly denominator: readonly Term[] | null;
  /** Numerator then denominator terms, for the one pass that checks every operand. */
  readonly terms: readonly Term[];
}

function compileTerms(paths: readonly string[]): Term[] {
  return paths.map((raw) => {
    const negative = raw.startsWith('-');
    const path = negative ? raw.slice(1) : raw;
    const cell = canonicalIndex.get(path);
    if (!cell) throw new Error(`indicator term ${path} names no cell`);
    return { index: cell.index, path, sign: negative ? -1 : 1 };
  });
}

const compiled: ReadonlyMap<string, Compiled> = new Map(
  indicatorCatalogue.map((entry) => {
    const numerator = compileTerms(entry.numerator);
    const denominator = entry.denominator ? compileTerms(entry.denominator) : null;
    return [entry.id, { entry, numerator, denominator, terms: [...numerator, ...(denominator ?? [])] }];
  }),
);
const everything = [...compiled.values()];

function select(options: IndicatorOptions): readonly Compiled[] {
  if (!options.ids) return everything;
  return options.ids.map((id) => {
    const found = compiled.get(id);
    if (!found) throw new TypeError(`Unknown indicator "${id}"`);
    return found;
  });
}

/** The cells a source offers: a value (`NaN` = blank), whether it has the cell at all, and (aggregates) its coverage. */
interface Values {
  readonly values: Float64Array;
  readonly has: Uint8Array;
  readonly coverage: Float64Array | null;
}

// Cells are named by their printed labels (core's `describeCells`); the paths stay in `paths`.
const messages = {
  blank: (paths: readonly string[]): [string, string] => [
    `无法计算：${describeCells(paths, 'zh')} 为空`,
    `Not computable, blank: ${describeCells(paths, 'en')}`,
  ],
  notApplicable: (paths: readonly string[]): [string, string] => [
    `不适用：本报告（版本或表式）没有 ${describeCells(paths, 'zh')}`,
    `Not applicable: this report (edition or layout) has no ${describeCells(paths, 'en')}`,
  ],
  zeroDenominator: (paths: readonly string[]): [string, string] => [
    `无法计算：分母（${describeCells(paths, 'zh')} 之和）为 0`,
    `Not computable: the denominator (the sum of ${describeCells(paths, 'en')}) is 0`,
  ],
};

function toReason(code: IndicatorReason['code'], paths: readonly string[]): IndicatorReason {
  const [message, messageEn] = messages[code](paths);
  return { code, message, messageEn, paths };
}

/** Σ sign·value over known operands; exact (BigInt decimals) when an operand is not a whole number. */
function sumTerms(terms: readonly Term[], values: Float64Array, has: Uint8Array): number | null {
  let total = 0;
  let whole = true;
  for (const term of terms) {
    if (has[term.index] !== 1) return null;
    const v = values[term.index]!;
    if (v !== v) return null;
    if (!Number.isInteger(v)) whole = false;
    total += term.sign * v;
  }
  if (whole || terms.length === 1) return total;
  let exact: Decimal = { units: 0n, scale: 0 };
  for (const term of terms) exact = addDecimals(exact, toDecimal(term.sign * values[term.index]!));
  return Number(formatDecimal(exact));
}

function evaluate(item: Compiled, source: Values): IndicatorValue {
  const id = item.entry.id;
  const { values, has, coverage: covered } = source;
  let coverage = 1;
  let absent = false;
  let blank = false;
  for (const term of item.terms) {
    const i = term.index;
    if (has[i] !== 1) {
      absent = true;
      coverage = 0;
      continue;
    }
    const known = values[i] === values[i];
    if (!known) blank = true;
    const c = covered ? covered[i]! : known ? 1 : 0;
    if (c < coverage) coverage = c;
  }
  const n = sumTerms(item.numerator, values, has);
  const d = item.denominator ? sumTerms(item.denominator, values, has) : null;
  if (absent || blank) {
    const code = absent ? 'notApplicable' : 'blank';
    const paths = item.terms.filter((t) => (absent ? has[t.index] !== 1 : has[t.index] === 1 && values[t.index] !== values[t.index])).map((t) => t.path);
    return { id, value: null, numerator: n, denominator: d, coverage, reason: toReason(code, paths) };
  }
  if (!item.denominator) return { id, value: n, numerator: n, denominator: null, coverage, reason: null };
  if (d === 0) return { id, value: null, numerator: n, denominator: 0, coverage, reason: toReason('zeroDenominator', item.entry.denominator!) };
  return { id, value: n! / d!, numerator: n, denominator: d, coverage, reason: null };
}

const scratch = new Float64Array(canonicalCells.length);

function fromReport(report: Report): Values {
  const layout = getLayout(report);
  return { values: readCanonicalValues(report, layout, scratch), has: layout.present, coverage: null };
}

function fromAggregate(source: Aggregate): Values {
  const values = new Float64Array(canonicalCells.length).fill(Number.NaN);
  const has = new Uint8Array(canonicalCells.length);
  const coverage = new Float64Array(canonicalCells.length);
  for (const cell of Object.values(source.cells)) {
    const index = canonicalIndex.get(cell.path)!.index;
    has[index] = 1;
    values[index] = cell.value ?? Number.NaN;
    coverage[index] = source.reportCount === 0 ? 0 : cell.contributors / source.reportCount;
  }
  return { values, has, coverage };
}

/** True for the result of `aggregate`, false for a report. */
export function isAggregate(source: Report | Aggregate): source is Aggregate {
  return typeof source === 'object' && source !== null && (source as Aggregate).kind === 'aggregate';
}

/**
 * Every indicator of `indicatorCatalogue` (or `options.ids`) for one report or one aggregate. A value whose
 * operand is blank, missing from the edition, or whose denominator is 0 is `null` with the reason.
 */
export function computeIndicators(source: Report | Aggregate, options: IndicatorOptions = {}): IndicatorValue[] {
  return isAggregate(source) ? indicatorsOf(source, options) : checkReports('computeIndicators', [source], () => indicatorsOf(source, options));
}

function indicatorsOf(source: Report | Aggregate, options: IndicatorOptions): IndicatorValue[] {
  const values = isAggregate(source) ? fromAggregate(source) : fromReport(source);
  const items = select(options);
  const out: IndicatorValue[] = new Array(items.length);
  for (let k = 0; k < items.length; k++) out[k] = evaluate(items[k]!, values);
  return out;
}

/** One indicator for one report or aggregate; see `computeIndicators`. */
export function computeIndicator(source: Report | Aggregate, id: string): IndicatorValue {
  return computeIndicators(source, { ids: [id] })[0]!;
}
