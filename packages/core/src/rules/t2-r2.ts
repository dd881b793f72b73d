import { blankFinding, valueAt } from './cells.ts';
import type { CheckRule, Finding } from './types.ts';

const rows = [
  { key: 'regulations', zh: '规章', en: 'rules' },
  { key: 'normativeDocuments', zh: '行政规范性文件', en: 'administrative normative documents' },
].map((row) => ({
  ...row,
  valid: `activeDisclosure.art20Item1.${row.key}.currentlyValid`,
  issued: `activeDisclosure.art20Item1.${row.key}.issuedThisYear`,
}));

/** T2.R2 (2021): 现行有效件数 ≥ 本年制发件数, per row of block （一）. */
export const t2r2: CheckRule = {
  id: 'T2.R2',
  kind: 'check',
  check: (report, context) => {
    if (report.edition !== '2021') return [];
    const findings: Finding[] = [];
    for (const row of rows) {
      const { valid, issued } = row;
      const v = valueAt(context, valid);
      const i = valueAt(context, issued);
      if (v === null || i === null) {
        const what = { zh: `表二“${row.zh}”：现行有效件数 ≥ 本年制发件数`, en: `Table 2, ${row.en}: currently valid ≥ issued this year` };
        findings.push(blankFinding(what, [valid, issued], [v === null ? valid : null, i === null ? issued : null].filter((p) => p !== null)));
      } else if (v < i) {
        findings.push({
          status: 'fail',
          message: `表二“${row.zh}”现行有效件数 ${v} 小于本年制发件数 ${i}`,
          messageEn: `Table 2, ${row.en}: currently valid ${v} is less than issued this year ${i}`,
          paths: [valid, issued],
          expected: `>= ${i}`,
          actual: v,
        });
      }
    }
    return findings;
  },
};
