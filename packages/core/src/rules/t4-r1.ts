import { reviewAndLitigationTable } from '../catalogue/review-and-litigation.ts';
import { editions } from '../edition.ts';
import type { BalanceRule, Equation } from './types.ts';

/** T4.R1: per group, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
export const t4r1: BalanceRule = {
  id: 'T4.R1',
  severity: 'error',
  editions,
  kind: 'report',
  zh: '表四每组：总计等于结果维持、结果纠正、其他结果、尚未审结之和',
  en: 'Table 4, each group: total = upheld + corrected + other outcome + pending',
  table: 'reviewAndLitigation',
  equations: () =>
    reviewAndLitigationTable.rows.map((row): Equation => {
      const zh = row.group ? `${row.group.zh}·${row.zh}` : row.zh;
      const en = row.group ? `${row.group.en}, ${row.en.toLowerCase()}` : row.en;
      const group = `reviewAndLitigation.${row.path}`;
      return {
        zh: `表四“${zh}”：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结`,
        en: `Table 4, “${en}”: total = upheld + corrected + other outcome + pending`,
        totalZh: '总计',
        totalEn: 'the total',
        paths: [`${group}.total`, `${group}.upheld`, `${group}.corrected`, `${group}.otherOutcome`, `${group}.pending`],
        coefficients: [1, 1, 1, 1, 1],
      };
    }),
};
