import { describe, expect, it } from 'vitest';
import { layoutGrid } from './table-grid.ts';

const cell = (colspan = 1, rowspan = 1): { colspan: number; rowspan: number } => ({ colspan, rowspan });

describe('layoutGrid', () => {
  it('starts each cell in the first column not covered from above or from the left', () => {
    const grid = layoutGrid(
      [[cell(2, 2), cell()], [cell(), cell()], [cell(), cell(), cell()]],
      [2, 2, 2],
    );
    expect(grid).toEqual([
      [{ column: 0, span: 2 }, { column: 2, span: 1 }],
      [{ column: 2, span: 1 }, { column: 3, span: 1 }],
      [{ column: 0, span: 1 }, { column: 1, span: 1 }, { column: 2, span: 1 }],
    ]);
  });

  it('stops rowspan 0 and rowspans that run long at the end of the row group', () => {
    const grid = layoutGrid([[cell(1, 0)], [cell()], [cell()]], [1, 1, 2]);
    expect(grid.map((row) => row.map((slot) => slot.column))).toEqual([[0], [1], [0]]);
  });

  it('finishes quickly on huge spans', () => {
    const rows = Array.from({ length: 3000 }, () => [cell(1000, 65534), cell()]);
    const start = performance.now();
    layoutGrid(rows, rows.map(() => rows.length - 1));
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
