import { assertReport, checkReports, type Report } from '@disclosure/core';
import type { ReportRef } from './types.ts';

/**
 * The default report ID: `<agency or region or title> <year>`, or `#<position>` when the report names nothing. What
 * is no report (a title that is no string, say) is refused with `NotAReportError`.
 */
export function identifyReport(report: Report, index: number): string {
  return checkReports('identifyReport', [report], () => {
    const name = report.meta.agency ?? report.meta.region ?? report.meta.title ?? `#${index + 1}`;
    return report.meta.year === null ? name : `${name} ${report.meta.year}`;
  });
}

/** What an aggregate and an export keep of a report's identity. */
export function toReportRef(report: Report, id: string): ReportRef {
  assertReport(report, 'stats');
  const { agency, region, year, scope } = report.meta;
  return { id, agency, region, level: report.meta.level ?? null, scope, year, edition: report.edition };
}
