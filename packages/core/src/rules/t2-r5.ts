import { activeDisclosureTable } from '../catalogue/active-disclosure.ts';
import { definePairCheck } from './pair-check.ts';

const rows = activeDisclosureTable.rows
  .filter((row) => row.editions.includes('2019') && row.columns.some((column) => column.key === 'changeThisYear'))
  .map((row) => ({
    zh: row.zh,
    en: row.en.toLowerCase(),
    first: `activeDisclosure.${row.path}.previousYearItems`,
    second: `activeDisclosure.${row.path}.changeThisYear`,
  }));

/** T2.R5 (2019): 上一年项目数量 + 本年增/减 ≥ 0, for every row with a change column. */
export const t2r5 = definePairCheck({
  id: 'T2.R5',
  severity: 'warning',
  editions: ['2019'],
  kind: 'report',
  zh: '表二：上一年项目数量加本年增/减不小于 0',
  en: 'Table 2: items last year + change this year ≥ 0',
  rows,
  statement: (row) => ({ zh: `表二“${row.zh}”：上一年项目数量 + 本年增/减 ≥ 0`, en: `Table 2, ${row.en}: items last year + change ≥ 0` }),
  fail: (row, previous, change) =>
    previous + change < 0
      ? {
          message: `表二“${row.zh}”上一年项目数量 ${previous} 加本年增/减 ${change} 为负数 ${previous + change}`,
          messageEn: `Table 2, ${row.en}: items last year ${previous} plus change ${change} is negative (${previous + change})`,
          expected: '>= 0',
          actual: previous + change,
        }
      : null,
});
