import { expect, test } from 'vitest';
import { createEmptyReport } from '../empty-report.ts';
import { listCellPaths } from './cell-path.ts';
import { setCell } from './set-cell.ts';
import { readValues } from './read-values.ts';

test('reads every cell in listCellPaths order, a blank as NaN (never 0)', () => {
  const report = createEmptyReport('2021');
  const paths = listCellPaths(report);
  paths.forEach((path, i) => setCell(report, path, i % 7 === 0 ? null : i));
  const values = readValues(report);
  expect(values).toHaveLength(paths.length);
  paths.forEach((path, i) => expect(values[i], path).toBe(i % 7 === 0 ? NaN : i));
});

test('reads by name when a row keeps its keys in another order, or lacks one', () => {
  const report = createEmptyReport('2019');
  const apps = report.tables.applications as unknown as Record<string, Record<string, number | null>>;
  apps['granted'] = { total: 9, naturalPerson: 1, commercialEnterprise: 2, researchInstitution: 3, socialWelfareOrganization: 1, legalServiceInstitution: 1, otherOrganization: 1 };
  delete apps['partiallyGranted']!['total'];
  const paths = listCellPaths(report);
  const values = readValues(report, new Float64Array(paths.length + 5).fill(-1));
  expect(values[paths.indexOf('applications.granted.total')]).toBe(9);
  expect(values[paths.indexOf('applications.granted.commercialEnterprise')]).toBe(2);
  expect(values[paths.indexOf('applications.partiallyGranted.total')]).toBeNaN();
  expect(values[paths.length]).toBe(-1);
});

test('an array too short for the report is a RangeError', () => {
  expect(() => readValues(createEmptyReport('2021'), new Float64Array(3))).toThrow(RangeError);
});
