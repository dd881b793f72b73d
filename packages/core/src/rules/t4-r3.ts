import { editions } from '../edition.ts';
import type { Report } from '../model/report.ts';
import type { CheckRule } from './types.ts';

/** The derived 行政诉讼 total (T4.R3): both litigation totals added; `null` when either is blank. */
export function litigationTotal(report: Report): number | null {
  const { litigationWithoutReview, litigationAfterReview } = report.tables.reviewAndLitigation;
  if (litigationWithoutReview.total === null || litigationAfterReview.total === null) return null;
  return litigationWithoutReview.total + litigationAfterReview.total;
}

/** T4.R3 only derives a value for the text checks (XT.R5); it finds nothing by itself. */
export const t4r3: CheckRule = {
  id: 'T4.R3',
  severity: 'warning',
  editions,
  kind: 'derived',
  zh: '推算行政诉讼总数：未经复议直接起诉总计加复议后起诉总计（仅供正文核对，不是表中单元格）',
  en: 'Derived litigation total = litigation without review + litigation after review (for text checks; not a printed cell)',
  check: () => [],
};
