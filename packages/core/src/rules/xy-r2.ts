import type { Report2021 } from '../model/report.ts';
import type { CrossEquation } from './cross.ts';
import type { RunRule } from './types.ts';

const rows = [
  { key: 'regulations', zh: '规章', en: 'rules' },
  { key: 'normativeDocuments', zh: '行政规范性文件', en: 'administrative normative documents' },
] as const;

/** XY.R2 (2021 → 2021): 现行有效件数 = 上年现行有效件数 + 本年制发件数 − 本年废止件数. */
function listEquations(previous: Report2021, current: Report2021): CrossEquation[] {
  return rows.map((row) => {
    const now = current.tables.activeDisclosure.art20Item1[row.key];
    const before = previous.tables.activeDisclosure.art20Item1[row.key];
    const base = `activeDisclosure.art20Item1.${row.key}`;
    return {
      zh: `表二“${row.zh}”：现行有效件数 = 上年现行有效件数 + 本年制发 − 本年废止`,
      en: `Table 2, ${row.en}: currently valid = last year’s currently valid + issued − repealed`,
      totalZh: '本年现行有效件数',
      totalEn: 'currently valid this year',
      terms: [
        { path: `${base}.currentlyValid`, value: now.currentlyValid, whoZh: '本年', whoEn: 'this year: ', decimals: null },
        { path: `${base}.currentlyValid`, value: before.currentlyValid, whoZh: '上年', whoEn: 'last year: ', decimals: null },
        { path: `${base}.issuedThisYear`, value: now.issuedThisYear, whoZh: '本年', whoEn: 'this year: ', decimals: null },
        { path: `${base}.repealedThisYear`, value: now.repealedThisYear, whoZh: '本年', whoEn: 'this year: ', decimals: null },
      ],
      coefficients: [1, 1, 1, -1],
    };
  });
}

/** XY.R2 with its catalogue entry; `checkContinuity` calls `run`. */
export const xyr2: RunRule<typeof listEquations> = {
  id: 'XY.R2',
  severity: 'warning',
  editions: ['2021'],
  kind: 'continuity',
  zh: '现行有效件数 = 上年现行有效件数 + 本年制发件数 − 本年废止件数（到期、修改可致不等）',
  en: 'Currently valid = last year’s currently valid + issued − repealed (expiry or amendment can break it)',
  run: listEquations,
};
