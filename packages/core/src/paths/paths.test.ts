import { expect, test } from 'vitest';
import { createEmptyReport } from '../empty-report.ts';
import { listCellPaths } from './cell-path.ts';
import { getCell } from './get-cell.ts';
import { setCell, UnknownCellPathError } from './set-cell.ts';

test('listCellPaths counts: 2019 has 198 cells, 2021 has 200', () => {
  expect(listCellPaths('2019')).toHaveLength(198);
  expect(listCellPaths('2021')).toHaveLength(200);
  // 2019: table 2 has 22, table 3 161, table 4 15; 2021: 10, 175, 15
  expect(listCellPaths('2019').filter((p) => p.startsWith('applications.'))).toHaveLength(161);
  expect(listCellPaths('2021').filter((p) => p.startsWith('applications.'))).toHaveLength(175);
  expect(new Set(listCellPaths('2021')).size).toBe(200);
});

test('a 2021 report with one （六） row has that row’s seven paths instead of the sub-rows', () => {
  const report = createEmptyReport('2021');
  (report.tables.applications as { otherHandling: unknown }).otherHandling = Object.fromEntries(listCellPaths('2019').filter((p) => p.startsWith('applications.otherHandling.')).map((p) => [p.split('.')[2], null]));
  const paths = listCellPaths(report);
  expect(paths).toHaveLength(200 - 21 + 7);
  expect(paths).toContain('applications.otherHandling.total');
  expect(paths).not.toContain('applications.otherHandling.other.total');
});

test('getCell reads a cell, undefined for a path that names no cell', () => {
  const report = createEmptyReport('2021');
  expect(getCell(report, 'applications.denied.stateSecret.total')).toBeNull();
  expect(getCell(report, 'applications.denied.stateSecret')).toBeUndefined();
  expect(getCell(report, 'applications.otherHandling.total')).toBeUndefined();
  expect(getCell(report, 'nope')).toBeUndefined();
  expect(getCell(report, 'applications.toString')).toBeUndefined();
});

test('setCell writes in place, records or drops the printed text, and throws for an unknown path', () => {
  const report = createEmptyReport('2019');
  setCell(report, 'activeDisclosure.art20Item9.centralizedProcurement.procurementTotalAmount', 251000, '251000元');
  expect(getCell(report, 'activeDisclosure.art20Item9.centralizedProcurement.procurementTotalAmount')).toBe(251000);
  expect(report.printed).toEqual({ 'activeDisclosure.art20Item9.centralizedProcurement.procurementTotalAmount': '251000元' });
  setCell(report, 'activeDisclosure.art20Item9.centralizedProcurement.procurementTotalAmount', 251000);
  expect(report.printed).toEqual({});
  expect(() => setCell(report, 'applications.otherHandling.other.total', 1)).toThrow(UnknownCellPathError);
});
