import { addDecimals, formatDecimal, toDecimal, type Decimal, type Edition, type Report } from '@disclosure/core';
import { canonicalCells } from '../cells/canonical-cells.ts';
import { getLayout, readCanonicalValues } from '../cells/report-layout.ts';
import { listComparableCells } from './comparable-cells.ts';
import { toReportRef } from './report-ref.ts';
import type { Aggregate, AggregatedCell, ReportRef } from './types.ts';

const N = canonicalCells.length;
const SAFE = Number.MAX_SAFE_INTEGER;
const UNITS_LIMIT = 2 ** 50;
const POW10 = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000];

/**
 * The running sums of one group. Memory is fixed per group (a few arrays of one slot per cell, plus at most
 * `listLimit` IDs per list), whatever the number of reports.
 */
export class GroupAccumulator {
  readonly #key: Readonly<Record<string, string | number | null>>;
  readonly #listLimit: number;
  readonly #values = new Float64Array(N);
  readonly #sums = new Float64Array(N);
  readonly #exact: (Decimal | undefined)[] = [];
  readonly #scaled = new Map<number, Float64Array>();
  readonly #contributors = new Int32Array(N);
  readonly #blankCount = new Int32Array(N);
  readonly #absentCount = new Int32Array(N);
  readonly #derived = new Uint8Array(N);
  readonly #blank = new Map<number, string[]>();
  readonly #absent = new Map<number, string[]>();
  readonly #reports: ReportRef[] = [];
  readonly #editions: Partial<Record<Edition, number>> = {};
  #count = 0;

  constructor(key: Readonly<Record<string, string | number | null>>, listLimit: number) {
    this.#key = key;
    this.#listLimit = listLimit;
  }

  #note(lists: Map<number, string[]>, index: number, id: string): void {
    let list = lists.get(index);
    if (!list) lists.set(index, (list = []));
    if (list.length < this.#listLimit) list.push(id);
  }

  /**
   * Adds a non-integer exactly. Fast path: a figure with s ≤ 6 decimals is `units / 10^s` with `units` a whole
   * number below 2^50 (so no other s-decimal figure maps to the same double); those units are summed as doubles,
   * exactly, one running sum per scale. Anything else, or a running sum nearing 2^53, goes to the BigInt sum.
   */
  #addDecimal(i: number, value: number): void {
    for (let s = 1; s <= 6; s++) {
      const units = Math.round(value * POW10[s]!);
      if (units / POW10[s]! !== value) continue;
      if (units >= UNITS_LIMIT || units <= -UNITS_LIMIT) break;
      let scaled = this.#scaled.get(i);
      if (!scaled) this.#scaled.set(i, (scaled = new Float64Array(7)));
      const sum = scaled[s]! + units;
      if (sum < SAFE && sum > -SAFE) {
        scaled[s] = sum;
        return;
      }
      break;
    }
    const exact = toDecimal(value);
    const sum = this.#exact[i];
    this.#exact[i] = sum ? addDecimals(sum, exact) : exact;
  }

  /** The exact sum of cell `i` as a decimal string. */
  #total(i: number): string {
    const scaled = this.#scaled.get(i);
    const extra = this.#exact[i];
    if (!scaled && !extra) return String(this.#sums[i]);
    let total = toDecimal(this.#sums[i]!);
    if (extra) total = addDecimals(total, extra);
    if (scaled) for (let s = 1; s <= 6; s++) if (scaled[s] !== 0) total = addDecimals(total, { units: BigInt(scaled[s]!), scale: s });
    return formatDecimal(total);
  }

  /** Adds the `index`-th report; `id` is called only when the report has to be named (a list not yet full). */
  add(report: Report, index: number, id: (report: Report, index: number) => string): void {
    const layout = getLayout(report);
    const values = readCanonicalValues(report, layout, this.#values);
    const { presentIndexes, absentIndexes } = layout;
    const sums = this.#sums;
    const contributors = this.#contributors;
    const blankCount = this.#blankCount;
    this.#count++;
    this.#editions[report.edition] = (this.#editions[report.edition] ?? 0) + 1;
    // no closure here: this runs once per report, and the name is built only when a list still has room
    let name: string | undefined;
    if (this.#reports.length < this.#listLimit) this.#reports.push(toReportRef(report, (name ??= id(report, index))));
    for (let k = 0; k < absentIndexes.length; k++) {
      const i = absentIndexes[k]!;
      this.#absentCount[i]!++;
      if ((this.#absent.get(i)?.length ?? 0) < this.#listLimit) this.#note(this.#absent, i, (name ??= id(report, index)));
    }
    for (let k = 0; k < presentIndexes.length; k++) {
      const i = presentIndexes[k]!;
      const value = values[i]!;
      if (value !== value) {
        blankCount[i]!++;
        if ((this.#blank.get(i)?.length ?? 0) < this.#listLimit) this.#note(this.#blank, i, (name ??= id(report, index)));
        continue;
      }
      contributors[i]!++;
      // Whole numbers add exactly as doubles below 2^53; money goes to exact decimal sums.
      const sum = sums[i]! + value;
      if (Number.isInteger(value) && sum < SAFE && sum > -SAFE) sums[i] = sum;
      else this.#addDecimal(i, value);
    }
    for (const { index } of layout.sums) if (values[index] === values[index]) this.#derived[index] = 1;
  }

  result(): Aggregate {
    const { comparable, notComparable } = listComparableCells(Object.keys(this.#editions) as Edition[]);
    const keep = new Set(comparable);
    const cells: Record<string, AggregatedCell> = {};
    for (const cell of canonicalCells) {
      if (!keep.has(cell.path)) continue;
      const i = cell.index;
      const contributors = this.#contributors[i]!;
      let exact: string | null = null;
      if (contributors > 0) exact = this.#total(i);
      cells[cell.path] = {
        path: cell.path,
        value: exact === null ? null : Number(exact),
        exact,
        contributors,
        blankCount: this.#blankCount[i]!,
        blank: this.#blank.get(i) ?? [],
        absentCount: this.#absentCount[i]!,
        absent: this.#absent.get(i) ?? [],
        derived: this.#derived[i] === 1,
      };
    }
    const label = Object.entries(this.#key)
      .map(([key, value]) => `${key}=${value ?? '(none)'}`)
      .join(' ');
    return {
      kind: 'aggregate',
      key: this.#key,
      label: label || 'all',
      reportCount: this.#count,
      reports: this.#reports,
      editions: { ...this.#editions },
      cells,
      notComparable,
    };
  }
}
