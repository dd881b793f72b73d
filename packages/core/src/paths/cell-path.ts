import type { Edition } from '../edition.ts';
import { tableCatalogue } from '../catalogue/tables.ts';
import type { ColumnEntry, RowEntry, TableEntry } from '../catalogue/types.ts';
import type { Report } from '../model/report.ts';

/** A dotted cell path, `<table>.<row…>.<column>`, e.g. `applications.denied.stateSecret.total` (spec Part A §2). */
export type CellPath = string;

/** One cell of the catalogue with the table, row and column it belongs to. */
export interface CellEntry {
  readonly path: CellPath;
  readonly table: TableEntry;
  readonly row: RowEntry;
  readonly column: ColumnEntry;
}

const otherHandlingRow2019 = tableCatalogue[1]!.rows.find((row) => row.path === 'otherHandling')!;

/** True when a 2021 report prints （六）其他处理 as one row of seven cells instead of three sub-rows. */
export function hasSingleOtherHandlingRow(report: Report): boolean {
  return report.edition === '2021' && 'naturalPerson' in report.tables.applications.otherHandling;
}

/**
 * The data rows of `table` in printed order for `edition`; with `singleOtherHandling` (2021 only), （六）其他处理 as
 * the one row of seven cells instead of its three sub-rows. Internal: `listCellEntries` and `createEmptyReport` share it.
 */
export function rowsOf(table: TableEntry, edition: Edition, singleOtherHandling: boolean): RowEntry[] {
  const rows: RowEntry[] = [];
  for (const row of table.rows) {
    if (singleOtherHandling && row.path.startsWith('otherHandling')) {
      if (row.path === 'otherHandling.overdueCorrection') rows.push(otherHandlingRow2019);
      continue;
    }
    if (row.editions.includes(edition)) rows.push(row);
  }
  return rows;
}

/** The entries of each shape, built once: the catalogue is fixed, and shared path strings hash once. */
const shapes = new Map<string, readonly CellEntry[]>();

function entriesOf(edition: Edition, single: boolean): readonly CellEntry[] {
  const key = `${edition}${single ? '+single' : ''}`;
  let entries = shapes.get(key);
  if (!entries) {
    const built: CellEntry[] = [];
    for (const table of tableCatalogue) {
      for (const row of rowsOf(table, edition, single)) {
        for (const column of row.columns) built.push(Object.freeze({ path: `${table.key}.${row.path}.${column.key}`, table, row, column }));
      }
    }
    entries = built;
    shapes.set(key, entries);
  }
  return entries;
}

/**
 * Every cell of an edition in printed order. Given a report instead of an edition, follows that report's shape
 * (a 2021 report with one （六） row gets that row's seven paths). A new array each call; its entries are frozen.
 */
export function listCellEntries(of: Edition | Report): CellEntry[] {
  const edition = typeof of === 'string' ? of : of.edition;
  return [...entriesOf(edition, typeof of !== 'string' && hasSingleOtherHandlingRow(of))];
}

/** Every cell path of an edition (or of a report's own shape), in printed order. A new array each call. */
export function listCellPaths(of: Edition | Report): CellPath[] {
  const edition = typeof of === 'string' ? of : of.edition;
  return entriesOf(edition, typeof of !== 'string' && hasSingleOtherHandlingRow(of)).map((entry) => entry.path);
}
