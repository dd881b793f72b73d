import { outcomeColumns, reviewAndLitigationTable, type Report } from '@disclosure/core';
import type { Grid, GridCell } from './grid.ts';
import { rowsOfTable } from './rows-of-table.ts';
import { valueCell } from './value-cell.ts';

/**
 * Table 4 (spec §6): 行政复议 (5 columns) and 行政诉讼 (10) on top; the five 行政复议 headers span two rows,
 * 行政诉讼 splits into 未经复议直接起诉 and 复议后起诉; then one data row of 15 cells.
 */
export function reviewAndLitigationGrid(report: Report): Grid {
  const width = outcomeColumns.length;
  const [review, ...litigation] = reviewAndLitigationTable.rows;
  const outcomes = (rowSpan: number): GridCell[] =>
    outcomeColumns.map((column) => (rowSpan > 1 ? { kind: 'header', text: column.zh, rowSpan } : { kind: 'header', text: column.zh }));
  const values = rowsOfTable(report, 'reviewAndLitigation').flatMap(({ paths }) => paths.map((path) => valueCell(report, path)));
  return {
    key: 'reviewAndLitigation',
    columns: width * 3,
    widths: Array.from({ length: width * 3 }, () => 100 / (width * 3)),
    rows: [
      {
        head: true,
        cells: [
          { kind: 'header', text: review!.zh, colSpan: width },
          { kind: 'header', text: litigation[0]!.group!.zh, colSpan: width * 2 },
        ],
      },
      {
        head: true,
        cells: [...outcomes(2), ...litigation.map((row): GridCell => ({ kind: 'header', text: row.zh, colSpan: width }))],
      },
      { head: true, cells: [...outcomes(1), ...outcomes(1)] },
      { cells: values },
    ],
  };
}
