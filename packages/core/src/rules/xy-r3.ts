import { activeDisclosureTable } from '../catalogue/active-disclosure.ts';
import type { Report2019 } from '../model/report.ts';
import { getCell } from '../paths/get-cell.ts';
import type { CrossEquation } from './cross.ts';
import type { RunRule } from './types.ts';

const rows = activeDisclosureTable.rows.filter(
  (row) => row.editions.includes('2019') && row.columns.some((column) => column.key === 'changeThisYear'),
);

/** XY.R3 (2019 → 2020): 上一年项目数量(2020) = 上一年项目数量(2019) + 本年增/减(2019). */
function listEquations(previous: Report2019, current: Report2019): CrossEquation[] {
  return rows.map((row) => {
    const base = `activeDisclosure.${row.path}`;
    return {
      zh: `表二“${row.zh}”：本年上一年项目数量 = 上年的上一年项目数量 + 上年本年增/减`,
      en: `Table 2, ${row.en.toLowerCase()}: items last year = last year’s items last year + last year’s change`,
      totalZh: '本年上一年项目数量',
      totalEn: 'items last year',
      terms: [
        { path: `${base}.previousYearItems`, value: getCell(current, `${base}.previousYearItems`), whoZh: '本年', whoEn: 'this year: ', decimals: null },
        { path: `${base}.previousYearItems`, value: getCell(previous, `${base}.previousYearItems`), whoZh: '上年', whoEn: 'last year: ', decimals: null },
        { path: `${base}.changeThisYear`, value: getCell(previous, `${base}.changeThisYear`), whoZh: '上年', whoEn: 'last year: ', decimals: null },
      ],
      coefficients: [1, 1, 1],
    };
  });
}

/** XY.R3 with its catalogue entry; `checkContinuity` calls `run`. */
export const xyr3: RunRule<typeof listEquations> = {
  id: 'XY.R3',
  severity: 'warning',
  editions: ['2019'],
  kind: 'continuity',
  zh: '2020 年“上一年项目数量”等于 2019 年“上一年项目数量”加“本年增/减”',
  en: '2020 items last year = 2019 items last year + 2019 change this year',
  run: listEquations,
};
