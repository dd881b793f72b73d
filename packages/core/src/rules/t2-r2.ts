import { definePairCheck } from './pair-check.ts';

const rows = [
  { key: 'regulations', zh: '规章', en: 'rules' },
  { key: 'normativeDocuments', zh: '行政规范性文件', en: 'administrative normative documents' },
].map((row) => ({
  zh: row.zh,
  en: row.en,
  first: `activeDisclosure.art20Item1.${row.key}.currentlyValid`,
  second: `activeDisclosure.art20Item1.${row.key}.issuedThisYear`,
}));

/** T2.R2 (2021): 现行有效件数 ≥ 本年制发件数, per row of block （一）. */
export const t2r2 = definePairCheck({
  id: 'T2.R2',
  severity: 'warning',
  editions: ['2021'],
  kind: 'report',
  zh: '表二（一）：现行有效件数通常不小于本年制发件数',
  en: 'Table 2 (1): currently valid is normally ≥ issued this year',
  rows,
  statement: (row) => ({ zh: `表二“${row.zh}”：现行有效件数 ≥ 本年制发件数`, en: `Table 2, ${row.en}: currently valid ≥ issued this year` }),
  fail: (row, valid, issued) =>
    valid < issued
      ? {
          message: `表二“${row.zh}”现行有效件数 ${valid} 小于本年制发件数 ${issued}`,
          messageEn: `Table 2, ${row.en}: currently valid ${valid} is less than issued this year ${issued}`,
          expected: `>= ${issued}`,
          actual: valid,
        }
      : null,
});
