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

  it('finds a thin rule a fraction of a degree off level as one rule, though it steps between scan lines every few pixels', () => {
    // One pixel thick, stepping between x = 50 and x = 51 every 20 pixels: on either column alone, no run is 30 long.
    const rects: Array<[number, number, number, number]> = [];
    for (let y = 0; y < 200; y += 20) rects.push([(y / 20) % 2 === 0 ? 50 : 51, y, (y / 20) % 2 === 0 ? 51 : 52, y + 20]);
    const rules = findRules(draw(100, 220, rects), 100, 220, true, 30);
    expect(rules).toHaveLength(1);
    expect(rules[0]).toMatchObject({ from: 0, to: 200 });
    expect(rules[0]!.at).toBeCloseTo(50.5, 0);
  });

  it('makes a row of the cells above the first rule where a table runs on from the previous page, its columns ruled', () => {
    // Rules at y = 60, 110 only; the four vertical rules run up to y = 10: the row over y = 10–60 has no top rule.
    const rects: Array<[number, number, number, number]> = [
      [10, 60, 311, 62], [10, 110, 311, 112],
      [10, 10, 12, 112], [110, 10, 112, 112], [210, 10, 212, 112], [310, 10, 312, 112],
    ];
    const ink = draw(330, 130, rects);
    const [table] = findTables(findRules(ink, 330, 130, false, 60), findRules(ink, 330, 130, true, 30), 4);
    expect(table!.rows).toBe(2);
    expect(table!.cells.filter((c) => c.row === 0).map((c) => c.box)).toEqual([
      { x0: 11, y0: 10, x1: 111, y1: 61 },
      { x0: 111, y0: 10, x1: 211, y1: 61 },
      { x0: 211, y0: 10, x1: 311, y1: 61 },
    ]);
  });

  it('adds no row where vertical rules only overshoot the first rule by a few pixels', () => {
    const rects: Array<[number, number, number, number]> = [
      [10, 60, 311, 62], [10, 110, 311, 112],
      [10, 55, 12, 112], [110, 55, 112, 112], [310, 55, 312, 112],
    ];
    const ink = draw(330, 130, rects);
    expect(findTables(findRules(ink, 330, 130, false, 60), findRules(ink, 330, 130, true, 30), 4)[0]!.rows).toBe(1);
  });

  it('finds no table in text without rules', () => {
    const ink = draw(200, 100, [[10, 10, 40, 30], [50, 10, 90, 30]]);
    expect(findTables(findRules(ink, 200, 100, false, 60), findRules(ink, 200, 100, true, 30), 4)).toEqual([]);
  });
});
