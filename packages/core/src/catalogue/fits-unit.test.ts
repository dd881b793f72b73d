import { describe, expect, it } from 'vitest';
import { fitsUnit } from './fits-unit.ts';

describe('fitsUnit', () => {
  it('takes whole counts, negative ones only where the column is signed, and money with decimals never negative', () => {
    expect([fitsUnit(3, 'count'), fitsUnit(3.5, 'count'), fitsUnit(-1, 'count')]).toEqual([true, false, false]);
    expect([fitsUnit(-3, 'signedCount'), fitsUnit(-3.5, 'signedCount')]).toEqual([true, false]);
    expect([fitsUnit(96171.6, 'tenThousandYuan'), fitsUnit(-1, 'tenThousandYuan'), fitsUnit(0.5, 'money')]).toEqual([true, false, true]);
  });
});
