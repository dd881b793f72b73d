import { expect, test } from 'vitest';
import { balance } from './balance.ts';

test('counts are exact', () => {
  expect(balance([3, 1, 2], [1, 1, 1])).toEqual({ holds: true, expected: 3, residual: 0 });
  expect(balance([3, 1, 1], [1, 1, 1])).toEqual({ holds: false, expected: 2, residual: 1 });
  expect(balance([0, 5, 5], [1, 1, -1]).holds).toBe(true);
});

test('money is exact decimal, not float: 0.1 + 0.2 = 0.3', () => {
  expect(balance([0.3, 0.1, 0.2], [1, 1, 1], [1, 1, 1]).holds).toBe(true);
  expect(balance([0.3, 0.1, 0.2], [1, 1, 1], [null, null, null]).holds).toBe(true);
  expect(0.1 + 0.2 === 0.3).toBe(false);
});

test('money intervals: half a unit of the last printed decimal per figure (XBRL Calculations 1.1)', () => {
  // 10.0 ± 0.05 vs 3.3 ± 0.05 + 6.8 ± 0.05 = 10.1 ± 0.1: the intervals touch
  expect(balance([10.0, 3.3, 6.8], [1, 1, 1], [1, 1, 1]).holds).toBe(true);
  expect(balance([10, 3.3, 6.9], [1, 1, 1], [1, 1, 1])).toMatchObject({ holds: false, expected: 10.2 });
  // 12 printed as whole 万元 covers 11.5–12.5
  expect(balance([12, 11.6], [1, 1], [0, 2]).holds).toBe(true);
  expect(balance([12, 11.4], [1, 1], [0, 1]).holds).toBe(false);
});
