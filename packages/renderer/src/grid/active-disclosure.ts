import type { Report } from '@disclosure/core';
import type { Grid, GridCell, GridRow } from './grid.ts';
import { rowsOfTable } from './rows-of-table.ts';
import { valueCell } from './value-cell.ts';

/** 信息内容 and the widest block's three value columns. */
const columns = 4;

/** Spreads `count` cells over the three value columns: the last one spans what is left (spec §4.2). */
function spanOfLast(index: number, count: number): number {
  return index === count - 1 ? columns - count : 1;
}

/**
 * Table 2 (spec §4): one table of blocks, one per 条例 article 20 item. Each block opens with its heading across
 * the table (`第二十条第（一）项`) and a header row starting with `信息内容`; a block with fewer than three columns
 * lets its last column span the rest, as the 2021 blocks （五）（六）（八） print their single value.
 */
export function activeDisclosureGrid(report: Report): Grid {
  const rows: GridRow[] = [];
  let group: string | undefined;
  for (const { row, columns: cols, paths } of rowsOfTable(report, 'activeDisclosure')) {
    if (row.group && row.group.key !== group) {
      group = row.group.key;
      rows.push({ cells: [{ kind: 'group', text: row.group.zh, colSpan: columns }] });
      const headers: GridCell[] = cols.map((column, i) => {
        const span = spanOfLast(i, cols.length);
        return span > 1 ? { kind: 'header', text: column.zh, colSpan: span, widened: true } : { kind: 'header', text: column.zh };
      });
      rows.push({ cells: [{ kind: 'header', text: '信息内容' }, ...headers] });
    }
    rows.push({
      cells: [{ kind: 'label', text: row.zh }, ...paths.map((path, i) => valueCell(report, path, spanOfLast(i, paths.length)))],
    });
  }
  return { key: 'activeDisclosure', columns, widths: [34, 22, 22, 22], rows };
}
