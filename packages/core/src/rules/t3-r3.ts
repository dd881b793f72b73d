import { applicantColumns } from '../catalogue/columns.ts';
import { editions } from '../edition.ts';
import { describeCell } from '../labels/describe-cell.ts';
import type { BalanceRule, Equation } from './types.ts';

const applicants = applicantColumns.filter((column) => column.key !== 'total');

/** T3.R3: per data row, 总计 = the six applicant columns. */
export const t3r3: BalanceRule = {
  id: 'T3.R3',
  severity: 'error',
  editions,
  kind: 'report',
  zh: '表三每一行：总计等于六类申请人之和',
  en: 'Table 3, each row: the total column = the sum of the six applicant columns',
  table: 'applications',
  equations: (shape) =>
    shape.entries
      .filter((entry) => entry.table.key === 'applications' && entry.column.key === 'total')
      .map((entry): Equation => {
        const row = `applications.${entry.row.path}`;
        return {
          zh: `${describeCell(row, 'zh')} 行：总计 = 六类申请人之和`,
          en: `${describeCell(row, 'en')}: total = the sum of the six applicant columns`,
          totalZh: '总计',
          totalEn: 'the total',
          paths: [`${row}.total`, ...applicants.map((column) => `${row}.${column.key}`)],
          coefficients: [1, ...applicants.map(() => 1)],
        };
      }),
};
