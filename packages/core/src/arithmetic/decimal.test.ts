import { expect, test } from 'vitest';
import { addDecimals, countPrintedDecimals, formatDecimal, toDecimal, type Decimal } from './decimal.ts';

const sum = (values: readonly number[]): string => formatDecimal(values.map(toDecimal).reduce<Decimal>(addDecimals, { units: 0n, scale: 0 }));

test('a number is the decimal it prints as', () => {
  expect(toDecimal(12)).toEqual({ units: 12n, scale: 0 });
  expect(toDecimal(0.1)).toEqual({ units: 1n, scale: 1 });
  expect(toDecimal(1e21)).toEqual({ units: 10n ** 21n, scale: 0 });
  expect(toDecimal(-1.5e-7)).toEqual({ units: -15n, scale: 8 });
  expect(() => toDecimal(Number.NaN)).toThrow(RangeError);
  expect(() => toDecimal(Infinity)).toThrow(RangeError);
});

test('sums decimals exactly where floats do not', () => {
  expect(0.1 + 0.2).not.toBe(0.3);
  expect(sum([0.1, 0.2])).toBe('0.3');
  expect(sum([9116.36, 7730.28, 96171.6, 7545, 4068.208])).toBe('124631.448');
  expect(sum([1.25, 2.5])).toBe('3.75');
  expect(sum([10.1, -0.1])).toBe('10');
});

test('formats without trailing zeros or an exponent', () => {
  expect(formatDecimal({ units: -417n, scale: 0 })).toBe('-417');
  expect(formatDecimal({ units: -50n, scale: 2 })).toBe('-0.5');
  expect(formatDecimal(toDecimal(1.5e-7))).toBe('0.00000015');
  expect(formatDecimal(toDecimal(1e21))).toBe('1000000000000000000000');
});

test('printed decimals come from the printed text when there is one', () => {
  expect(countPrintedDecimals(7545, '7545.00')).toBe(2);
  expect(countPrintedDecimals(251000, '251000元')).toBe(0);
  expect(countPrintedDecimals(96171.6)).toBe(1);
  expect(countPrintedDecimals(3, '3.0万元')).toBe(1);
});
