import { plain } from './html-table-markdown.ts';

/** A cell of a table's HTML placed on its grid: its first row and column, how many of each it spans, its text. */
export interface PlacedCell {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
  readonly text: string;
}

/** The cells of a table's HTML (the renderer's), each at its grid position after the `colspan` and `rowspan` before it. */
export function placedCells(table: string): PlacedCell[] {
  const taken: boolean[][] = [];
  const cells: PlacedCell[] = [];
  let row = 0;
  for (const tr of table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/gu)) {
    taken[row] ??= [];
    let column = 0;
    for (const cell of tr[1]!.matchAll(/<(t[hd])([^>]*)>([\s\S]*?)<\/\1>/gu)) {
      while (taken[row]![column]) column++;
      const columns = Number(/colspan="(\d+)"/u.exec(cell[2]!)?.[1] ?? 1);
      const rows = Number(/rowspan="(\d+)"/u.exec(cell[2]!)?.[1] ?? 1);
      const text = plain(cell[3]!.replace(/<br\s*\/?>/gu, ' ')).replace(/\s+/gu, ' ').trim();
      for (let down = 0; down < rows; down++) for (let across = 0; across < columns; across++) (taken[row + down] ??= [])[column + across] = true;
      cells.push({ row, column, rows, columns, text });
      column += columns;
    }
    row++;
  }
  return cells;
}
