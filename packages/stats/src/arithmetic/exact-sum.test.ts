import { expect, test } from 'vitest';
import { addExact, addExactSum, emptySum, formatExact } from './exact-sum.ts';

test('sums decimals exactly where floats do not', () => {
  expect(0.1 + 0.2).not.toBe(0.3);
  const sum = emptySum();
  addExact(sum, 0.1);
  addExact(sum, 0.2);
  expect(formatExact(sum)).toBe('0.3');
});

test('mixes integers, decimals of different scales, negatives and exponents', () => {
  const sum = emptySum();
  for (const value of [9116.36, 7730.28, 96171.6, 7545, 4068.208]) addExact(sum, value);
  expect(formatExact(sum)).toBe('124631.448');
  expect(formatExact(addExact(emptySum(), -417))).toBe('-417');
  expect(formatExact(addExact(emptySum(), 1.5e-7))).toBe('0.00000015');
  expect(formatExact(addExact(emptySum(), 1e21))).toBe('1000000000000000000000');
});

test('adds two sums', () => {
  const a = addExact(emptySum(), 1.25);
  const b = addExact(emptySum(), 2.5);
  expect(formatExact(addExactSum(a, b))).toBe('3.75');
});
