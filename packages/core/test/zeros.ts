import { createEmptyReport } from '../src/empty-report.ts';
import type { Report, Report2019, Report2021 } from '../src/model/report.ts';
import type { Sections } from '../src/model/sections.ts';
import { listCellPaths } from '../src/paths/cell-path.ts';
import { setCell } from '../src/paths/set-cell.ts';

/** A report of `edition` with every cell 0 (everything balances) and a year of that edition. */
export function zeros(edition: '2019'): Report2019;
export function zeros(edition: '2021'): Report2021;
export function zeros(edition: '2019' | '2021'): Report;
export function zeros(edition: '2019' | '2021'): Report {
  const report = createEmptyReport(edition);
  for (const path of listCellPaths(report)) setCell(report, path, 0);
  report.meta.year = edition === '2019' ? 2020 : 2022;
  return report;
}

/** Sets one section's text (title from the key). */
export function withText<R extends Report>(report: R, key: keyof Sections, text: string): R {
  report.sections[key] = { title: key, text };
  return report;
}
