import { outcomeColumns } from './columns.ts';
import type { TableEntry } from './types.ts';

const both = ['2019', '2021'] as const;

/** Table 4 (政府信息公开行政复议、行政诉讼情况), spec §6: one row of 15 cells, the same in both editions. */
export const reviewAndLitigationTable: TableEntry = {
  key: 'reviewAndLitigation',
  zh: '政府信息公开行政复议、行政诉讼情况',
  en: 'Administrative review and litigation',
  rows: [
    { path: 'administrativeReview', zh: '行政复议', en: 'Administrative review', editions: both, columns: outcomeColumns },
    {
      path: 'litigationWithoutReview',
      zh: '未经复议直接起诉',
      en: 'Litigation without prior review',
      editions: both,
      columns: outcomeColumns,
      group: { key: 'litigation', zh: '行政诉讼', en: 'Administrative litigation' },
    },
    {
      path: 'litigationAfterReview',
      zh: '复议后起诉',
      en: 'Litigation after review',
      editions: both,
      columns: outcomeColumns,
      group: { key: 'litigation', zh: '行政诉讼', en: 'Administrative litigation' },
    },
  ],
};
