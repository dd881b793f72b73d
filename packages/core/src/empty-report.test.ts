import { expect, test } from 'vitest';
import { emptyReport } from './empty-report.ts';
import { ReportSchema } from './model/report.ts';
import { cellPaths, hasSingleOtherHandlingRow } from './paths/cell-path.ts';
import { getCell } from './paths/get-cell.ts';
import { setCell } from './paths/set-cell.ts';

test('every cell of the edition is null, and the report is a valid one', () => {
  for (const edition of ['2019', '2021'] as const) {
    const report = emptyReport(edition);
    expect(cellPaths(report)).toEqual(cellPaths(edition));
    expect(cellPaths(report).every((path) => getCell(report, path) === null)).toBe(true);
    expect(ReportSchema.safeParse(report).success).toBe(true);
  }
});

test('a 2021 report with （六）其他处理 as one row is composed with { otherHandling: "oneRow" }', () => {
  const report = emptyReport('2021', { otherHandling: 'oneRow' });
  expect(hasSingleOtherHandlingRow(report)).toBe(true);
  expect(ReportSchema.safeParse(report).success).toBe(true);
  const paths = cellPaths(report);
  expect(paths).toHaveLength(200 - 21 + 7);
  expect(paths.filter((path) => path.startsWith('applications.otherHandling.'))).toEqual(
    cellPaths('2019').filter((path) => path.startsWith('applications.otherHandling.')),
  );
  setCell(report, 'applications.otherHandling.naturalPerson', 1);
  expect(getCell(report, 'applications.otherHandling.naturalPerson')).toBe(1);
  expect(() => setCell(report, 'applications.otherHandling.other.total', 1)).toThrow(/No cell at path/u);
});

test('the default is the edition’s own shape; sub-rows cannot be asked of the 2019 edition', () => {
  expect(hasSingleOtherHandlingRow(emptyReport('2021'))).toBe(false);
  expect(emptyReport('2021', { otherHandling: 'subRows' })).toEqual(emptyReport('2021'));
  expect(emptyReport('2019', { otherHandling: 'oneRow' })).toEqual(emptyReport('2019'));
  expect(() => emptyReport('2019' as '2019' | '2021', { otherHandling: 'subRows' })).toThrow(RangeError);
});
