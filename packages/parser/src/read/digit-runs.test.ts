import { describe, expect, it } from 'vitest';
import { splitDigitRun } from './digit-runs.ts';

describe('splitDigitRun', () => {
  it('gives every cut into parts without leading zeros', () => {
    expect(splitDigitRun('000', 3)).toEqual([[0, 0, 0]]);
    expect(splitDigitRun('105', 2)).toEqual([[10, 5]]);
    expect(splitDigitRun('123', 2)).toEqual([
      [1, 23],
      [12, 3],
    ]);
  });

  it('finds the one reading of a Pingtan row whose six cells add up to the seventh', () => {
    const fits = splitDigitRun('713000074', 7).filter((cells) => cells.slice(0, 6).reduce((a, b) => a + b) === cells[6]);
    expect(fits).toEqual([[71, 3, 0, 0, 0, 0, 74]]);
  });

  it('gives nothing for runs too short or too long to enumerate', () => {
    expect(splitDigitRun('12', 3)).toEqual([]);
    expect(splitDigitRun('1'.repeat(30), 7)).toEqual([]);
  });
});
