import { applicantColumns } from '../catalogue/columns.ts';
import { editions } from '../edition.ts';
import type { BalanceRule, Equation } from './types.ts';

const notResults = new Set(['newlyReceived', 'carriedOverFromLastYear', 'totalProcessed', 'carriedForwardToNextYear']);

/** T3.R2: per column, （七）总计 = （一）+（二）+ Σ（三）+ Σ（四）+ Σ（五）+（六）, （六） being one row or three. */
export const t3r2: BalanceRule = {
  id: 'T3.R2',
  severity: 'error',
  editions,
  kind: 'report',
  zh: '表三每一列：（七）总计等于（一）至（六）各项之和',
  en: 'Table 3, each column: total processed (7) = the sum of results (1) to (6)',
  table: 'applications',
  equations: (shape) => {
    const resultRows: string[] = [];
    for (const entry of shape.entries) {
      if (entry.table.key !== 'applications' || entry.column.key !== 'total') continue;
      if (!notResults.has(entry.row.path)) resultRows.push(entry.row.path);
    }
    return applicantColumns.map(
      (column): Equation => ({
        zh: `表三“${column.zh}”列：（七）总计 = （一）至（六）之和`,
        en: `Table 3, column “${column.en}”: total processed = the sum of results (1)–(6)`,
        totalZh: '（七）总计',
        totalEn: 'total processed',
        paths: [`applications.totalProcessed.${column.key}`, ...resultRows.map((row) => `applications.${row}.${column.key}`)],
        coefficients: [1, ...resultRows.map(() => 1)],
      }),
    );
  },
};
