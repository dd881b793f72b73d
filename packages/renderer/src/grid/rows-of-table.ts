import { listCellEntries, type ColumnEntry, type Report, type RowEntry, type TableEntry } from '@disclosure/core';

/** One printed data row of a table in this report's own shape, with the full paths of its cells. */
export interface TableRow {
  readonly row: RowEntry;
  readonly columns: readonly ColumnEntry[];
  readonly paths: readonly string[];
}

/**
 * The data rows of `table` in printed order, following the report's own shape (its edition, and a 2021 report's
 * （六）其他处理 printed as one row), from core's `listCellEntries`.
 */
export function rowsOfTable(report: Report, table: TableEntry['key']): TableRow[] {
  const rows: Array<{ row: RowEntry; columns: ColumnEntry[]; paths: string[] }> = [];
  for (const entry of listCellEntries(report)) {
    if (entry.table.key !== table) continue;
    let current = rows.at(-1);
    if (current?.row !== entry.row) {
      current = { row: entry.row, columns: [], paths: [] };
      rows.push(current);
    }
    current.columns.push(entry.column);
    current.paths.push(entry.path);
  }
  return rows;
}
