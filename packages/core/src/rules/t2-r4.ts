import { blankFinding, valueAt } from './cells.ts';
import type { CheckRule, Finding } from './types.ts';

const rows = [
  { key: 'regulations', zh: '规章', en: 'rules' },
  { key: 'normativeDocuments', zh: '规范性文件', en: 'normative documents' },
].map((row) => ({
  ...row,
  published: `activeDisclosure.art20Item1.${row.key}.newlyPublished`,
  total: `activeDisclosure.art20Item1.${row.key}.totalPublished`,
}));

/** T2.R4 (2019): 本年新公开数量 ≤ 对外公开总数量, per row of block （一）. */
export const t2r4: CheckRule = {
  id: 'T2.R4',
  kind: 'check',
  check: (report, context) => {
    if (report.edition !== '2019') return [];
    const findings: Finding[] = [];
    for (const row of rows) {
      const { published, total } = row;
      const p = valueAt(context, published);
      const t = valueAt(context, total);
      if (p === null || t === null) {
        const what = { zh: `表二“${row.zh}”：本年新公开数量 ≤ 对外公开总数量`, en: `Table 2, ${row.en}: newly published ≤ total published` };
        findings.push(blankFinding(what, [published, total], [p === null ? published : null, t === null ? total : null].filter((x) => x !== null)));
      } else if (p > t) {
        findings.push({
          status: 'fail',
          message: `表二“${row.zh}”本年新公开数量 ${p} 大于对外公开总数量 ${t}`,
          messageEn: `Table 2, ${row.en}: newly published ${p} exceeds total published ${t}`,
          paths: [published, total],
          expected: `<= ${t}`,
          actual: p,
        });
      }
    }
    return findings;
  },
};
