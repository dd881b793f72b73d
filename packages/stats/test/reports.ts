import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { applicantColumns, createEmptyReport, ReportSchema, setCell, type Edition, type Meta, type Report } from '@disclosure/core';

/** Hand-built reports for the tests: every cell `null` except those given. */
export function makeReport(
  edition: Edition,
  meta: Partial<Meta>,
  cells: Readonly<Record<string, number | null>> = {},
  options: { singleOtherHandling?: boolean } = {},
): Report {
  const report = createEmptyReport(edition);
  report.meta = { ...report.meta, ...meta };
  if (options.singleOtherHandling) {
    (report.tables.applications as { otherHandling: unknown }).otherHandling = Object.fromEntries(applicantColumns.map((c) => [c.key, null]));
  }
  for (const [path, value] of Object.entries(cells)) setCell(report, path, value);
  return report;
}

/** A report with every cell filled by `fill(path)` (default: 1), for sums and exports. */
export function filledReport(edition: Edition, meta: Partial<Meta>, fill: (path: string) => number | null = () => 1, options: { singleOtherHandling?: boolean } = {}): Report {
  const report = makeReport(edition, meta, {}, options);
  const walk = (node: Record<string, unknown>, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (value === null || typeof value === 'number') node[key] = fill(path);
      else if (typeof value === 'object') walk(value as Record<string, unknown>, path);
    }
  };
  walk(report.tables as unknown as Record<string, unknown>, '');
  return report;
}

const expected = fileURLToPath(new URL('../../../fixtures/corpus/expected/', import.meta.url));

/**
 * The six expected reports these tests' figures were worked out on. Reports added to the corpus later (the Pingtan
 * 2021 and 2025 files of issue 10) are left out so that a new fixture never silently moves a checked sum.
 */
const checkedReports = new Set([
  '2020-yueqing-xianxi-town.json',
  '2022-pingtan-zone.json',
  '2023-huaian-hongze-district.json',
  '2024-huaian-city.json',
  '2024-huaian-hongze-district.json',
  '2025-shuyang-county.json',
]);

/** The corpus's hand-checked expected reports that the stats figures were checked on, by file name without `.json`. */
export function corpusReports(): Map<string, Report> {
  const reports = new Map<string, Report>();
  for (const file of readdirSync(expected).filter((name) => checkedReports.has(name)).sort()) {
    reports.set(file.replace(/\.json$/, ''), ReportSchema.parse(JSON.parse(readFileSync(expected + file, 'utf8'))));
  }
  return reports;
}
