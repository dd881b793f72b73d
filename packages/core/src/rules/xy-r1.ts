import { applicantColumns } from '../catalogue/columns.ts';
import { editions } from '../edition.ts';
import type { Report } from '../model/report.ts';
import type { CrossEquation } from './cross.ts';
import type { RunRule } from './types.ts';

/** XY.R1: per column, this year's 上年结转 = last year's 结转下年度继续办理. */
function listEquations(previous: Report, current: Report): CrossEquation[] {
  return applicantColumns.map((column) => ({
    zh: `表三“${column.zh}”列：本年“上年结转” = 上年“结转下年度继续办理”`,
    en: `Table 3, column “${column.en}”: carried over this year = carried forward last year`,
    totalZh: '本年上年结转',
    totalEn: 'carried over this year',
    terms: [
      {
        path: `applications.carriedOverFromLastYear.${column.key}`,
        value: current.tables.applications.carriedOverFromLastYear[column.key as keyof typeof current.tables.applications.newlyReceived],
        whoZh: '本年',
        whoEn: 'this year: ',
        decimals: null,
      },
      {
        path: `applications.carriedForwardToNextYear.${column.key}`,
        value: previous.tables.applications.carriedForwardToNextYear[column.key as keyof typeof previous.tables.applications.newlyReceived],
        whoZh: '上年',
        whoEn: 'last year: ',
        decimals: null,
      },
    ],
    coefficients: [1, 1],
  }));
}

/** XY.R1 with its catalogue entry; `checkContinuity` calls `run`. */
export const xyr1: RunRule<typeof listEquations> = {
  id: 'XY.R1',
  severity: 'warning',
  editions,
  kind: 'continuity',
  zh: '本年“上年结转”等于上年“结转下年度继续办理”（每一列）',
  en: 'This year’s carried over = last year’s carried forward (each column)',
  run: listEquations,
};
