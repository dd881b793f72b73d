import { getCell, listCellPaths, setCell, type Report } from '@disclosure/core';
import { balancedReport, random } from '../../../packages/core/test/balanced.ts';
import { expectedNames, expectedReport } from './committed-documents.ts';

/**
 * The expected report `name` with its tables' figures from core's `balancedReport` of its edition and （六） shape
 * (every identity holding; figures below `scale`; seeded by `round` and the report's place among the expected ones): a
 * real report's prose, shape and blanks with new numbers. Its blanks stay blank.
 */
export function renumberedReport(name: string, round: number, scale: number): Report {
  const expected = expectedReport(name);
  const index = expectedNames().indexOf(name);
  const oneRow = expected.edition === '2021' && 'naturalPerson' in expected.tables.applications.otherHandling;
  const balanced = balancedReport(expected.edition === '2019' ? '2019' : oneRow ? '2021-single' : '2021', round * 1000 + index, scale);
  const report = structuredClone(expected);
  delete report.printed;
  for (const path of listCellPaths(expected)) if (getCell(expected, path) !== null) setCell(report, path, getCell(balanced, path) ?? null);
  return report;
}

/**
 * `report` with one error of the kind a report is checked for: one figure of table 3 or 4 (seeded) printed 1 to 3
 * more than the identities around it say.
 */
export function withOneError(report: Report, seed: number): Report {
  const next = random(seed);
  const wrong = structuredClone(report);
  const paths = listCellPaths(wrong).filter((path) => /^(applications|reviewAndLitigation)\./u.test(path) && getCell(wrong, path) !== null);
  const path = paths[next(paths.length)]!;
  setCell(wrong, path, (getCell(wrong, path) as number) + 1 + next(3));
  return wrong;
}
