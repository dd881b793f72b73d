import { expect, test } from 'vitest';
import { createEmptyReport } from './empty-report.ts';
import { ReportSchema } from './model/report.ts';
import { listCellPaths, hasSingleOtherHandlingRow } from './paths/cell-path.ts';
import { getCell } from './paths/get-cell.ts';
import { setCell } from './paths/set-cell.ts';

test('every cell of the edition is null, and the report is a valid one', () => {
  for (const edition of ['2019', '2021'] as const) {
    const report = createEmptyReport(edition);
    expect(listCellPaths(report)).toEqual(listCellPaths(edition));
    expect(listCellPaths(report).every((path) => getCell(report, path) === null)).toBe(true);
    expect(ReportSchema.safeParse(report).success).toBe(true);
  }
});

test('a 2021 report with （六）其他处理 as one row is composed with { otherHandling: "oneRow" }', () => {
  const report = createEmptyReport('2021', { otherHandling: 'oneRow' });
  expect(hasSingleOtherHandlingRow(report)).toBe(true);
  expect(ReportSchema.safeParse(report).success).toBe(true);
  const paths = listCellPaths(report);
  expect(paths).toHaveLength(200 - 21 + 7);
  expect(paths.filter((path) => path.startsWith('applications.otherHandling.'))).toEqual(
    listCellPaths('2019').filter((path) => path.startsWith('applications.otherHandling.')),
  );
  setCell(report, 'applications.otherHandling.naturalPerson', 1);
  expect(getCell(report, 'applications.otherHandling.naturalPerson')).toBe(1);
  expect(() => setCell(report, 'applications.otherHandling.other.total', 1)).toThrow(/No cell at path/u);
});

test('the default is the edition’s own shape; sub-rows cannot be asked of the 2019 edition', () => {
  expect(hasSingleOtherHandlingRow(createEmptyReport('2021'))).toBe(false);
  expect(createEmptyReport('2021', { otherHandling: 'subRows' })).toEqual(createEmptyReport('2021'));
  expect(createEmptyReport('2019', { otherHandling: 'oneRow' })).toEqual(createEmptyReport('2019'));
  expect(() => createEmptyReport('2019' as '2019' | '2021', { otherHandling: 'subRows' })).toThrow(RangeError);
});
