import { describe, expect, it } from 'vitest';
import { findRules, findTables } from './find-tables.ts';

/** A binary image of `width`×`height` with the given filled rectangles `[x0, y0, x1, y1)`. */
function draw(width: number, height: number, rects: ReadonlyArray<readonly [number, number, number, number]>): Uint8Array {
  const ink = new Uint8Array(width * height);
  for (const [x0, y0, x1, y1] of rects) for (let y = y0; y < y1; y++) ink.fill(1, y * width + x0, y * width + x1);
  return ink;
}

describe('findTables', () => {
  it('finds a ruled grid with a cell merged across two columns and one merged down two rows', () => {
    // Columns at x = 10, 110, 210, 310; rows at y = 10, 60, 110, 160. Row 0: cell 0 spans columns 0–1.
    // Column 2: one cell over rows 1–2.
    const rects: Array<[number, number, number, number]> = [
      [10, 10, 311, 12], [10, 60, 311, 62], [10, 110, 211, 112], [10, 160, 311, 162],
      [10, 10, 12, 162], [110, 60, 112, 162], [210, 10, 212, 162], [310, 10, 312, 162],
      [40, 30, 60, 40], // text, not a rule
    ];
    const ink = draw(330, 180, rects);
    const tables = findTables(findRules(ink, 330, 180, false, 60), findRules(ink, 330, 180, true, 30), 4);
    expect(tables).toHaveLength(1);
    const cells = tables[0]!.cells.map((c) => [c.row, c.column, c.rowSpan, c.columnSpan]);
    expect(cells).toEqual([
      [0, 0, 1, 2], [0, 2, 1, 1],
      [1, 0, 1, 1], [1, 1, 1, 1], [1, 2, 2, 1],
      [2, 0, 1, 1], [2, 1, 1, 1],
    ]);
  });

  it('finds no table in text without rules', () => {
    const ink = draw(200, 100, [[10, 10, 40, 30], [50, 10, 90, 30]]);
    expect(findTables(findRules(ink, 200, 100, false, 60), findRules(ink, 200, 100, true, 30), 4)).toEqual([]);
  });
});
