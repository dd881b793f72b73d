import { activeDisclosureTable } from '../catalogue/active-disclosure.ts';
import { blankFinding, valueAt } from './cells.ts';
import type { CheckRule, Finding } from './types.ts';

const rows = activeDisclosureTable.rows
  .filter((row) => row.editions.includes('2019') && row.columns.some((column) => column.key === 'changeThisYear'))
  .map((row) => ({ ...row, previous: `activeDisclosure.${row.path}.previousYearItems`, change: `activeDisclosure.${row.path}.changeThisYear` }));

/** T2.R5 (2019): 上一年项目数量 + 本年增/减 ≥ 0, for every row with a change column. */
export const t2r5: CheckRule = {
  id: 'T2.R5',
  kind: 'check',
  check: (report, context) => {
    if (report.edition !== '2019') return [];
    const findings: Finding[] = [];
    for (const row of rows) {
      const { previous, change } = row;
      const p = valueAt(context, previous);
      const c = valueAt(context, change);
      if (p === null || c === null) {
        const what = { zh: `表二“${row.zh}”：上一年项目数量 + 本年增/减 ≥ 0`, en: `Table 2, ${row.en.toLowerCase()}: items last year + change ≥ 0` };
        findings.push(blankFinding(what, [previous, change], [p === null ? previous : null, c === null ? change : null].filter((x) => x !== null)));
      } else if (p + c < 0) {
        findings.push({
          status: 'fail',
          message: `表二“${row.zh}”上一年项目数量 ${p} 加本年增/减 ${c} 为负数 ${p + c}`,
          messageEn: `Table 2, ${row.en.toLowerCase()}: items last year ${p} plus change ${c} is negative (${p + c})`,
          paths: [previous, change],
          expected: '>= 0',
          actual: p + c,
        });
      }
    }
    return findings;
  },
};
