import { describe, expect, it } from 'vitest';
import { settleByStated } from './settle-by-stated.ts';
import type { SolvedCell } from './solve-rows.ts';

describe('settleByStated', () => {
  // three cuts of a row's digits; the print proves its first cell, the prose agrees with the first two cuts only
  const candidates = [
    [1, 20, 3],
    [1, 20, 4],
    [1, 2, 5],
  ];
  const byPrint: SolvedCell[] = [
    { proven: true, value: 1, excluded: [] },
    { proven: false, candidates: [20, 2] },
    { proven: false, candidates: [3, 4, 5] },
  ];
  const byProse: SolvedCell[] = [
    { proven: true, value: 1, excluded: [] },
    { proven: true, value: 20, excluded: [] },
    { proven: false, candidates: [3, 4] },
  ];

  it('keeps what the print proves, settles by the stated figures what it leaves open, and says which', () => {
    const { cells, stated } = settleByStated(byPrint, byProse, candidates);
    expect(cells[0]).toBe(byPrint[0]);
    // what the stated figures ruled out among every cut the print allows
    expect(cells[1]).toEqual({ proven: true, value: 20, excluded: [2] });
    expect(stated).toEqual([false, true, false]);
  });

  it('lists the readings the stated figures leave for a cell still open', () => {
    expect(settleByStated(byPrint, byProse, candidates).cells[2]).toEqual({ proven: false, candidates: [3, 4] });
  });

  it('is the print alone without a second solve', () => {
    expect(settleByStated(byPrint, undefined, candidates)).toEqual({ cells: byPrint, stated: [false, false, false] });
  });
});
