import { assertReport, type Meta, type Report } from '@disclosure/core';
import { isAsyncIterable } from '../input/is-async-iterable.ts';
import { GroupAccumulator } from './group-accumulator.ts';
import { identifyReport } from './report-ref.ts';
import type { Aggregate } from './types.ts';

/** A `meta` key whose value is a plain string or number, usable to group reports. */
export type GroupKey = Exclude<keyof Meta, 'source'>;

/** Options of `aggregate`. */
export interface AggregateOptions {
  /** Group by one or more `meta` keys (`'region'`, `'level'`, `'year'`, `'scope'` …). Default: one group of all. */
  readonly by?: GroupKey | readonly GroupKey[] | undefined;
  /** How a report is named in `blank`, `absent` and `reports`. Default `identifyReport`: `<agency> <year>`. */
  readonly id?: ((report: Report, index: number) => string) | undefined;
  /** At most this many IDs are kept per list (counts stay exact), so memory stays bounded. Default 1000. */
  readonly listLimit?: number | undefined;
}

class Aggregation {
  readonly #keys: readonly GroupKey[];
  readonly #id: (report: Report, index: number) => string;
  readonly #limit: number;
  readonly #groups = new Map<string, GroupAccumulator>();
  #index = 0;

  constructor(options: AggregateOptions) {
    const by = options.by ?? [];
    this.#keys = typeof by === 'string' ? [by] : by;
    this.#id = options.id ?? identifyReport;
    this.#limit = options.listLimit ?? 1000;
  }

  add(report: Report): void {
    assertReport(report, 'aggregate');
    const meta = report.meta as Record<string, unknown>;
    // a cheap map key: typed values joined (so 2024 and '2024' stay apart)
    let text = '';
    for (const name of this.#keys) {
      const value = meta[name] ?? null;
      text += `${typeof value === 'number' ? 'n' : value === null ? '0' : 's'}${String(value)}\u0000`;
    }
    let group = this.#groups.get(text);
    if (!group) {
      const key: Record<string, string | number | null> = {};
      for (const name of this.#keys) key[name] = (meta[name] ?? null) as string | number | null;
      this.#groups.set(text, (group = new GroupAccumulator(key, this.#limit)));
    }
    group.add(report, this.#index++, this.#id);
  }

  result(): Aggregate[] {
    const groups = [...this.#groups.values()].map((group) => group.result());
    return groups.sort((a, b) => compareKeys(Object.values(a.key), Object.values(b.key)));
  }
}

function compareKeys(a: readonly (string | number | null)[], b: readonly (string | number | null)[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? null;
    const y = b[i] ?? null;
    if (x === y) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x).localeCompare(String(y), 'zh-CN');
  }
  return 0;
}

/**
 * Sums reports cell by cell, one aggregate per group (sorted by key; one group of all by default). Cells are
 * summed only where they mean the same thing in every edition of the group (see `listComparableCells`); a
 * blank is never counted as 0, each cell says who contributed. Takes any iterable, or an async iterable (then
 * returns a promise), and holds only the running sums, never the reports.
 */
export function aggregate(reports: Iterable<Report>, options?: AggregateOptions): Aggregate[];
export function aggregate(reports: AsyncIterable<Report>, options?: AggregateOptions): Promise<Aggregate[]>;
export function aggregate(
  reports: Iterable<Report> | AsyncIterable<Report>,
  options?: AggregateOptions,
): Aggregate[] | Promise<Aggregate[]>;
export function aggregate(
  reports: Iterable<Report> | AsyncIterable<Report>,
  options: AggregateOptions = {},
): Aggregate[] | Promise<Aggregate[]> {
  const aggregation = new Aggregation(options);
  if (isAsyncIterable(reports)) {
    return (async () => {
      for await (const report of reports) aggregation.add(report);
      return aggregation.result();
    })();
  }
  for (const report of reports) aggregation.add(report);
  return aggregation.result();
}
