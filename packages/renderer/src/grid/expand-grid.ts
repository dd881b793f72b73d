import type { Grid, GridCell } from './grid.ts';

/** A slot of the expanded grid: the cell covering it, and whether the slot is where that cell starts. */
export interface GridSlot {
  readonly cell: GridCell;
  readonly origin: boolean;
}

/**
 * The grid as a rectangle of `rows × columns` slots, every span written out: what a format without merged cells
 * (Markdown) prints, and what a test compares a rendered table's geometry with.
 */
export function expandGrid(grid: Grid): GridSlot[][] {
  const out: GridSlot[][] = grid.rows.map(() => []);
  grid.rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row.cells) {
      while (out[r]![c]) c++;
      const rows = cell.rowSpan ?? 1;
      const cols = cell.colSpan ?? 1;
      for (let dr = 0; dr < rows; dr++) {
        for (let dc = 0; dc < cols; dc++) out[r + dr]![c + dc] = { cell, origin: dr === 0 && dc === 0 };
      }
      c += cols;
    }
  });
  return out;
}
