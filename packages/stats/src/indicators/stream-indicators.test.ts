import { expect, test } from 'vitest';
import { makeReport } from '../../test/reports.ts';
import { streamIndicators } from './stream-indicators.ts';

const reports = [1, 2, 3].map((n) => makeReport('2021', { agency: `A${n}`, year: 2024 }, { 'applications.newlyReceived.total': n }));

test('yields one result per report from an iterable', () => {
  const out = [...streamIndicators(reports, { ids: ['received'] })];
  expect(out.map((item) => [item.report.id, item.indicators[0]!.value])).toEqual([
    ['A1 2024', 1],
    ['A2 2024', 2],
    ['A3 2024', 3],
  ]);
});

test('and from an async iterable', async () => {
  async function* source() {
    yield* reports;
  }
  const values: (number | null)[] = [];
  for await (const item of streamIndicators(source(), { ids: ['received'] })) values.push(item.indicators[0]!.value);
  expect(values).toEqual([1, 2, 3]);
});
