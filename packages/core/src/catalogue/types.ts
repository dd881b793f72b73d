import type { Edition } from '../edition.ts';

/** How a column's figures are read and compared. */
export type ColumnUnit =
  /** a whole count, never negative */
  | 'count'
  /** a whole count that may be negative (2019 本年增/减) */
  | 'signedCount'
  /** money in 万元, decimals allowed, compared within half a unit of the last printed decimal */
  | 'tenThousandYuan'
  /** money whose unit the header does not print (2019 采购总金额) */
  | 'money';

/** One column of a table row, with its stable key and printed labels. */
export interface ColumnEntry {
  readonly key: string;
  readonly zh: string;
  readonly en: string;
  readonly unit: ColumnUnit;
}

/** A label cell that spans several rows (`（三）不予公开`, `第二十条第（一）项`). */
export interface GroupEntry {
  readonly key: string;
  readonly zh: string;
  readonly en: string;
}

/** One data row of a table: its path inside the table, labels, editions and columns. */
export interface RowEntry {
  /** Dotted path inside the table, e.g. `denied.stateSecret` or `art20Item1.regulations`. */
  readonly path: string;
  readonly zh: string;
  readonly en: string;
  readonly editions: readonly Edition[];
  readonly columns: readonly ColumnEntry[];
  readonly group?: GroupEntry;
}

/** One of the three statistics tables. */
export interface TableEntry {
  readonly key: 'activeDisclosure' | 'applications' | 'reviewAndLitigation';
  readonly zh: string;
  readonly en: string;
  readonly rows: readonly RowEntry[];
}

/** One of the six prose sections. */
export interface SectionEntry {
  readonly key:
    | 'overview'
    | 'activeDisclosure'
    | 'applications'
    | 'reviewAndLitigation'
    | 'problemsAndImprovements'
    | 'otherMatters';
  readonly ordinal: string;
  readonly zh: string;
  readonly en: string;
  /** Other titles real reports print for the section (spec §11). */
  readonly variants: readonly string[];
}
