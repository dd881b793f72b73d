import type { Report } from '@disclosure/core';
import type { Aggregate } from '../aggregate/types.ts';
import { addExact, emptySum, formatExact } from '../arithmetic/exact-sum.ts';
import { canonicalCells, canonicalIndex } from '../cells/canonical-cells.ts';
import { layoutOf, readValues } from '../cells/report-layout.ts';
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
  indicatorCatalogue.map((entry) => [
    entry.id,
    { entry, numerator: compileTerms(entry.numerator), denominator: entry.denominator ? compileTerms(entry.denominator) : null },
  ]),
);

function select(options: IndicatorOptions): Compiled[] {
  if (!options.ids) return [...compiled.values()];
  return options.ids.map((id) => {
    const found = compiled.get(id);
    if (!found) throw new TypeError(`Unknown indicator "${id}"`);
    return found;
  });
}

/** The cells a source offers: a value (`NaN` = blank), whether it has the cell at all, and its coverage. */
interface Values {
  readonly values: Float64Array;
  readonly has: (index: number) => boolean;
  readonly coverage: (index: number) => number;
}

type Sum = { kind: 'value'; value: number } | { kind: 'missing'; code: 'blank' | 'notApplicable'; paths: string[] };

function sum(terms: readonly Term[], source: Values): Sum {
  let value = 0;
  let exact = false;
  const blank: string[] = [];
  const absent: string[] = [];
  for (const term of terms) {
    if (!source.has(term.index)) absent.push(term.path);
    else {
      const v = source.values[term.index]!;
      if (v !== v) blank.push(term.path);
      else {
        if (!Number.isInteger(v)) exact = true;
        value += term.sign * v;
      }
    }
  }
  if (absent.length > 0) return { kind: 'missing', code: 'notApplicable', paths: absent };
  if (blank.length > 0) return { kind: 'missing', code: 'blank', paths: blank };
  if (exact) {
    const total = emptySum();
    for (const term of terms) addExact(total, term.sign * source.values[term.index]!);
    value = Number(formatExact(total));
  }
  return { kind: 'value', value };
}

const messages = {
  blank: (paths: readonly string[]): [string, string] => [`无法计算：${paths.join('、')} 为空`, `Not computable: ${paths.join(', ')} blank`],
  notApplicable: (paths: readonly string[]): [string, string] => [
    `不适用：本报告（版本或表式）没有 ${paths.join('、')}`,
    `Not applicable: this report (edition or layout) has no ${paths.join(', ')}`,
  ],
  zeroDenominator: (paths: readonly string[]): [string, string] => [
    `无法计算：分母（${paths.join(' + ')}）为 0`,
    `Not computable: the denominator (${paths.join(' + ')}) is 0`,
  ],
};

function reason(code: IndicatorReason['code'], paths: readonly string[]): IndicatorReason {
  const [message, messageEn] = messages[code](paths);
  return { code, message, messageEn, paths };
}

function evaluate(item: Compiled, source: Values): IndicatorValue {
  const id = item.entry.id;
  const terms = item.denominator ? [...item.numerator, ...item.denominator] : item.numerator;
  let coverage = 1;
  for (const term of terms) coverage = Math.min(coverage, source.has(term.index) ? source.coverage(term.index) : 0);
  const numerator = sum(item.numerator, source);
  const denominator = item.denominator ? sum(item.denominator, source) : null;
  const n = numerator.kind === 'value' ? numerator.value : null;
  const d = denominator?.kind === 'value' ? denominator.value : null;
  const missing = [numerator, denominator].find((s): s is Extract<Sum, { kind: 'missing' }> => s?.kind === 'missing');
  if (missing) {
    const paths = [numerator, denominator].flatMap((s) => (s?.kind === 'missing' && s.code === missing.code ? s.paths : []));
    return { id, value: null, numerator: n, denominator: d, coverage, reason: reason(missing.code, paths) };
  }
  if (!item.denominator) return { id, value: n, numerator: n, denominator: null, coverage, reason: null };
  if (d === 0) {
    return { id, value: null, numerator: n, denominator: 0, coverage, reason: reason('zeroDenominator', item.entry.denominator!) };
  }
  return { id, value: n! / d!, numerator: n, denominator: d, coverage, reason: null };
}

const scratch = new Float64Array(canonicalCells.length);

function fromReport(report: Report): Values {
  const layout = layoutOf(report);
  const values = readValues(report, layout, scratch);
  return {
    values,
    has: (index) => layout.present[index] === 1,
    coverage: (index) => (values[index] === values[index] ? 1 : 0),
  };
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
  return { values, has: (index) => has[index] === 1, coverage: (index) => coverage[index]! };
}

/** True for the result of `aggregate`, false for a report. */
export function isAggregate(source: Report | Aggregate): source is Aggregate {
  return (source as Aggregate).kind === 'aggregate';
}

/**
 * Every indicator of `indicatorCatalogue` (or `options.ids`) for one report or one aggregate. A value whose
 * operand is blank, missing from the edition, or whose denominator is 0 is `null` with the reason.
 */
export function computeIndicators(source: Report | Aggregate, options: IndicatorOptions = {}): IndicatorValue[] {
  const values = isAggregate(source) ? fromAggregate(source) : fromReport(source);
  return select(options).map((item) => evaluate(item, values));
}

/** One indicator for one report or aggregate; see `computeIndicators`. */
export function computeIndicator(source: Report | Aggregate, id: string): IndicatorValue {
  return computeIndicators(source, { ids: [id] })[0]!;
}
