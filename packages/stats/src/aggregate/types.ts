import type { CellPath, Edition, Level, Scope } from '@disclosure/core';
import type { NotComparableCell } from './comparable-cells.ts';

/** Who a report is, as kept in an aggregate and in exports. */
export interface ReportRef {
  readonly id: string;
  readonly agency: string | null;
  readonly region: string | null;
  readonly level: Level | null;
  readonly scope: Scope;
  readonly year: number | null;
  readonly edition: Edition;
}

/** One summed cell, with who contributed and who did not: a blank is never counted as 0. */
export interface AggregatedCell {
  readonly path: CellPath;
  /** The sum of the reports that printed a number; `null` when none did. */
  readonly value: number | null;
  /** The same sum as an exact decimal string (money is summed with BigInt units, never floats); `null` when none. */
  readonly exact: string | null;
  /** How many reports printed a number here. */
  readonly contributors: number;
  /** How many left it blank (`null`), and the first of their IDs (up to `listLimit`). */
  readonly blankCount: number;
  readonly blank: readonly string[];
  /** How many do not print the cell at all (2021 reports with one （六） row, for the sub-rows), and their IDs. */
  readonly absentCount: number;
  readonly absent: readonly string[];
  /** True when some contributions are not printed but summed from a 2021 report's three （六） sub-rows. */
  readonly derived: boolean;
}

/** The cell-wise sums of one group of reports. */
export interface Aggregate {
  readonly kind: 'aggregate';
  /** The grouping values, e.g. `{ region: '淮安市', year: 2024 }`; `{}` when not grouped. */
  readonly key: Readonly<Record<string, string | number | null>>;
  /** The key as text, e.g. `region=淮安市 year=2024`, or `all`. */
  readonly label: string;
  readonly reportCount: number;
  /** The reports summed, in input order (the first `listLimit`). */
  readonly reports: readonly ReportRef[];
  /** How many reports of each edition. */
  readonly editions: Readonly<Partial<Record<Edition, number>>>;
  /** The comparable cells, in printed order, by path. */
  readonly cells: Readonly<Record<CellPath, AggregatedCell>>;
  /** The cells left out because the group mixes editions that do not share them. */
  readonly notComparable: readonly NotComparableCell[];
}
