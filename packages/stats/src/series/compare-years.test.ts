import { expect, test } from 'vitest';
import { corpusReports, makeReport } from '../../test/reports.ts';
import { compareYears } from './compare-years.ts';

const forward = 'applications.carriedForwardToNextYear.total';
const over = 'applications.carriedOverFromLastYear.total';
const received = 'applications.newlyReceived.total';

test('year-over-year changes of cells and indicators, in year order whatever the input order', () => {
  const series = compareYears(
    [
      makeReport('2021', { agency: 'A', year: 2024 }, { [received]: 30, 'activeDisclosure.art20Item8.administrativeFees.feeAmount': 0.3 }),
      makeReport('2021', { agency: 'A', year: 2023 }, { [received]: 20, 'activeDisclosure.art20Item8.administrativeFees.feeAmount': 0.1 }),
    ],
    { paths: [received, 'activeDisclosure.art20Item8.administrativeFees.feeAmount'], indicators: ['received'] },
  );
  expect(series.years).toEqual([2023, 2024]);
  expect(series.changes).toEqual([
    { kind: 'cell', key: received, fromYear: 2023, toYear: 2024, previous: 20, current: 30, change: 10, relativeChange: 0.5 },
    { kind: 'cell', key: 'activeDisclosure.art20Item8.administrativeFees.feeAmount', fromYear: 2023, toYear: 2024, previous: 0.1, current: 0.3, change: 0.2, relativeChange: 2 },
    { kind: 'indicator', key: 'received', fromYear: 2023, toYear: 2024, previous: 20, current: 30, change: 10, relativeChange: 0.5 },
  ]);
});

test('a change from or to an unknown value, or from 0, has no ratio', () => {
  const series = compareYears(
    [makeReport('2021', { agency: 'A', year: 2023 }, { [received]: 0 }), makeReport('2021', { agency: 'A', year: 2024 }, { [received]: 5 }), makeReport('2021', { agency: 'A', year: 2025 })],
    { paths: [received], indicators: [] },
  );
  expect(series.changes.map((c) => [c.change, c.relativeChange])).toEqual([
    [5, null],
    [null, null],
  ]);
});

test('runs core’s continuity checks (XY.R1) on consecutive years and says where years are missing', () => {
  const series = compareYears(
    [
      makeReport('2021', { agency: 'A', year: 2022 }, { [forward]: 5 }),
      makeReport('2021', { agency: 'A', year: 2023 }, { [over]: 3, [forward]: 1 }),
      makeReport('2021', { agency: 'A', year: 2025 }, { [over]: 1 }),
    ],
    { indicators: [] },
  );
  expect(series.continuity.map((c) => [c.fromYear, c.toYear, c.checked])).toEqual([
    [2022, 2023, true],
    [2023, 2025, false],
  ]);
  const xy = series.continuity[0]!.diagnostics.filter((d) => d.status === 'fail');
  expect(xy).toHaveLength(1);
  expect(xy[0]).toMatchObject({ rule: 'XY.R1', severity: 'warning', expected: 5, actual: 3 });
  expect(series.notes).toEqual(['no report between 2023 and 2025']);
});

test('across the edition boundary only the shared cells are compared', () => {
  const series = compareYears([makeReport('2019', { agency: 'A', year: 2020 }), makeReport('2021', { agency: 'A', year: 2021 })], { indicators: [] });
  const keys = series.changes.map((c) => c.key);
  expect(keys).toContain('applications.otherHandling.total');
  expect(keys.some((key) => key.startsWith('activeDisclosure.'))).toBe(false);
  expect(series.continuity[0]!.diagnostics.map((d) => d.rule)).toContain('XY.R4');
});

test('notes several agencies and reports without a year', () => {
  const series = compareYears([makeReport('2021', { agency: 'A', year: 2023 }), makeReport('2021', { agency: 'B', year: 2024 }), makeReport('2021', { agency: 'C', year: null })]);
  expect(series.notes).toEqual(['C: no year, left out', 'several agencies in one series: A, B']);
});

test('the corpus 洪泽区 2023 → 2024 series', () => {
  const corpus = corpusReports();
  const series = compareYears([corpus.get('2024-huaian-hongze-district')!, corpus.get('2023-huaian-hongze-district')!]);
  expect(series.reports.map((r) => r.id)).toEqual(['淮安市洪泽区人民政府 2023', '淮安市洪泽区人民政府 2024']);
  const byKey = (key: string) => series.changes.find((c) => c.key === key)!;
  expect(byKey('received')).toMatchObject({ previous: 21, current: 95, change: 74 });
  expect(byKey('feeAmount')).toMatchObject({ previous: 7730.28, current: 7545, change: -185.28 });
  // 2023 prints 0 carried forward and 2024 0 carried over: XY.R1 holds
  expect(series.continuity[0]!.diagnostics.filter((d) => d.rule === 'XY.R1' && d.status === 'fail')).toEqual([]);
});
