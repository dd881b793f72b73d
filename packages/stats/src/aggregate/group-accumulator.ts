import type { Edition, Report } from '@disclosure/core';
import { addExact, emptySum, formatExact, type ExactSum } from '../arithmetic/exact-sum.ts';
import { canonicalCells } from '../cells/canonical-cells.ts';
import { layoutOf, readValues } from '../cells/report-layout.ts';
import { listComparableCells } from './comparable-cells.ts';
import { toReportRef } from './report-ref.ts';
import type { Aggregate, AggregatedCell, ReportRef } from './types.ts';

const N = canonicalCells.length;

/**
 * The running sums of one group. Memory is fixed per group (a few arrays of one slot per cell, plus at most
 * `listLimit` IDs per list), whatever the number of reports.
 */
export class GroupAccumulator {
  readonly #key: Readonly<Record<string, string | number | null>>;
  readonly #listLimit: number;
  readonly #values = new Float64Array(N);
  readonly #sums = new Float64Array(N);
  readonly #exact: (ExactSum | undefined)[] = [];
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

  add(report: Report, id: string): void {
    const layout = layoutOf(report);
    const values = readValues(report, layout, this.#values);
    const { present, absent, derived } = layout;
    this.#count++;
    this.#editions[report.edition] = (this.#editions[report.edition] ?? 0) + 1;
    if (this.#reports.length < this.#listLimit) this.#reports.push(toReportRef(report, id));
    for (let i = 0; i < N; i++) {
      if (present[i] === 0) {
        if (absent[i] === 1) {
          this.#absentCount[i]!++;
          this.#note(this.#absent, i, id);
        }
        continue;
      }
      const value = values[i]!;
      if (value !== value) {
        this.#blankCount[i]!++;
        this.#note(this.#blank, i, id);
        continue;
      }
      this.#contributors[i]!++;
      if (derived[i] === 1) this.#derived[i] = 1;
      // Whole numbers add exactly as doubles; anything else (money) goes to the BigInt sum.
      const sum = this.#sums[i]! + value;
      if (Number.isInteger(value) && Number.isSafeInteger(sum)) this.#sums[i] = sum;
      else addExact((this.#exact[i] ??= emptySum()), value);
    }
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
      if (contributors > 0) {
        const extra = this.#exact[i];
        exact = extra ? formatExact(addExact({ ...extra }, this.#sums[i]!)) : String(this.#sums[i]);
      }
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
