import { definePairCheck } from './pair-check.ts';

const rows = [
  { key: 'regulations', zh: '规章', en: 'rules' },
  { key: 'normativeDocuments', zh: '规范性文件', en: 'normative documents' },
].map((row) => ({
  zh: row.zh,
  en: row.en,
  first: `activeDisclosure.art20Item1.${row.key}.newlyPublished`,
  second: `activeDisclosure.art20Item1.${row.key}.totalPublished`,
}));

/** T2.R4 (2019): 本年新公开数量 ≤ 对外公开总数量, per row of block （一）. */
export const t2r4 = definePairCheck({
  id: 'T2.R4',
  severity: 'warning',
  editions: ['2019'],
  kind: 'report',
  zh: '表二（一）：本年新公开数量不大于对外公开总数量',
  en: 'Table 2 (1): newly published ≤ total published',
  rows,
  statement: (row) => ({ zh: `表二“${row.zh}”：本年新公开数量 ≤ 对外公开总数量`, en: `Table 2, ${row.en}: newly published ≤ total published` }),
  fail: (row, published, total) =>
    published > total
      ? {
          message: `表二“${row.zh}”本年新公开数量 ${published} 大于对外公开总数量 ${total}`,
          messageEn: `Table 2, ${row.en}: newly published ${published} exceeds total published ${total}`,
          expected: `<= ${total}`,
          actual: published,
        }
      : null,
});
