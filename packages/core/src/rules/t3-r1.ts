import { applicantColumns } from '../catalogue/columns.ts';
import { editions } from '../edition.ts';
import type { BalanceRule, Equation } from './types.ts';

/** T3.R1: per column, 一 + 二 = 三（七）+ 四, stated with （七）总计 as the total: （七） = 一 + 二 − 四. */
export const t3r1: BalanceRule = {
  id: 'T3.R1',
  severity: 'error',
  editions,
  kind: 'report',
  zh: '表三每一列：本年新收加上年结转，等于本年度办理结果总计加结转下年度（表中注明的勾稽关系）',
  en: 'Table 3, each column: newly received + carried over = total processed + carried forward (the printed note)',
  table: 'applications',
  equations: () =>
    applicantColumns.map(
      (column): Equation => ({
        zh: `表三“${column.zh}”列：本年新收 + 上年结转 = （七）总计 + 结转下年度`,
        en: `Table 3, column “${column.en}”: newly received + carried over = total processed + carried forward`,
        totalZh: '（七）总计',
        totalEn: 'total processed',
        paths: [
          `applications.totalProcessed.${column.key}`,
          `applications.newlyReceived.${column.key}`,
          `applications.carriedOverFromLastYear.${column.key}`,
          `applications.carriedForwardToNextYear.${column.key}`,
        ],
        coefficients: [1, 1, 1, -1],
      }),
    ),
};
