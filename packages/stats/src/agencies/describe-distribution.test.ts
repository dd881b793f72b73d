import { expect, test } from 'vitest';
import { makeReport } from '../../test/reports.ts';
import { describeDistribution, computeQuantile } from './describe-distribution.ts';

test('computeQuantile interpolates linearly between order statistics (R type 7)', () => {
  const sorted = [1, 2, 3, 4, 10];
  expect(computeQuantile(sorted, 0)).toBe(1);
  expect(computeQuantile(sorted, 0.5)).toBe(3);
  expect(computeQuantile(sorted, 0.9)).toBeCloseTo(7.6, 12);
  expect(computeQuantile(sorted, 1)).toBe(10);
  expect(computeQuantile([], 0.5)).toBeNull();
  expect(() => computeQuantile(sorted, 1.5)).toThrow(RangeError);
});

test('the distribution of an indicator over reports, nulls counted apart', () => {
  const reports = [10, 20, 30, 40, null].map((n, i) => makeReport('2021', { agency: `A${i}` }, { 'applications.newlyReceived.total': n }));
  expect(describeDistribution(reports, 'received', { quantiles: [0.25, 0.75] })).toEqual({
    id: 'received',
    count: 4,
    missing: 1,
    min: 10,
    max: 40,
    mean: 25,
    median: 25,
    quantiles: { '0.25': 17.5, '0.75': 32.5 },
  });
  expect(describeDistribution([], 'received').median).toBeNull();
});
