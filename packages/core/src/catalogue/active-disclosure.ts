import type { ColumnEntry, GroupEntry, TableEntry } from './types.ts';

const item1: GroupEntry = { key: 'art20Item1', zh: '第二十条第（一）项', en: 'Article 20 item 1' };
const item5: GroupEntry = { key: 'art20Item5', zh: '第二十条第（五）项', en: 'Article 20 item 5' };
const item6: GroupEntry = { key: 'art20Item6', zh: '第二十条第（六）项', en: 'Article 20 item 6' };
const item8: GroupEntry = { key: 'art20Item8', zh: '第二十条第（八）项', en: 'Article 20 item 8' };
const item9: GroupEntry = { key: 'art20Item9', zh: '第二十条第（九）项', en: 'Article 20 item 9' };

const documents2019: readonly ColumnEntry[] = [
  { key: 'newlyMade', zh: '本年新制作数量', en: 'Newly made this year', unit: 'count' },
  { key: 'newlyPublished', zh: '本年新公开数量', en: 'Newly published this year', unit: 'count' },
  { key: 'totalPublished', zh: '对外公开总数量', en: 'Total published', unit: 'count' },
];
const items2019: readonly ColumnEntry[] = [
  { key: 'previousYearItems', zh: '上一年项目数量', en: 'Items last year', unit: 'count' },
  { key: 'changeThisYear', zh: '本年增/减', en: 'Change this year', unit: 'signedCount' },
  { key: 'decisions', zh: '处理决定数量', en: 'Decisions', unit: 'count' },
];
const fees2019: readonly ColumnEntry[] = items2019.slice(0, 2);
const procurement2019: readonly ColumnEntry[] = [
  { key: 'procurementProjects', zh: '采购项目数量', en: 'Procurement projects', unit: 'count' },
  { key: 'procurementTotalAmount', zh: '采购总金额', en: 'Total procurement amount', unit: 'money' },
];
const documents2021: readonly ColumnEntry[] = [
  { key: 'issuedThisYear', zh: '本年制发件数', en: 'Issued this year', unit: 'count' },
  { key: 'repealedThisYear', zh: '本年废止件数', en: 'Repealed this year', unit: 'count' },
  { key: 'currentlyValid', zh: '现行有效件数', en: 'Currently valid', unit: 'count' },
];
const decisions2021: readonly ColumnEntry[] = [
  { key: 'decisionsThisYear', zh: '本年处理决定数量', en: 'Decisions this year', unit: 'count' },
];
const fees2021: readonly ColumnEntry[] = [
  { key: 'feeAmount', zh: '本年收费金额（单位：万元）', en: 'Fees collected this year (10,000 yuan)', unit: 'tenThousandYuan' },
];

const v2019 = ['2019'] as const;
const v2021 = ['2021'] as const;

/** Table 2 (主动公开政府信息情况), spec §4: blocks per 条例 article 20 item, different columns per edition. */
export const activeDisclosureTable: TableEntry = {
  key: 'activeDisclosure',
  zh: '主动公开政府信息情况',
  en: 'Proactive disclosure',
  rows: [
    { path: 'art20Item1.regulations', zh: '规章', en: 'Rules', editions: v2019, columns: documents2019, group: item1 },
    { path: 'art20Item1.normativeDocuments', zh: '规范性文件', en: 'Normative documents', editions: v2019, columns: documents2019, group: item1 },
    { path: 'art20Item5.administrativeLicensing', zh: '行政许可', en: 'Administrative licensing', editions: v2019, columns: items2019, group: item5 },
    { path: 'art20Item5.otherExternalServices', zh: '其他对外管理服务事项', en: 'Other external services', editions: v2019, columns: items2019, group: item5 },
    { path: 'art20Item6.administrativePenalty', zh: '行政处罚', en: 'Administrative penalties', editions: v2019, columns: items2019, group: item6 },
    { path: 'art20Item6.administrativeCompulsion', zh: '行政强制', en: 'Administrative compulsion', editions: v2019, columns: items2019, group: item6 },
    { path: 'art20Item8.administrativeFees', zh: '行政事业性收费', en: 'Administrative fees', editions: v2019, columns: fees2019, group: item8 },
    { path: 'art20Item9.centralizedProcurement', zh: '政府集中采购', en: 'Centralised procurement', editions: v2019, columns: procurement2019, group: item9 },
    { path: 'art20Item1.regulations', zh: '规章', en: 'Rules', editions: v2021, columns: documents2021, group: item1 },
    { path: 'art20Item1.normativeDocuments', zh: '行政规范性文件', en: 'Administrative normative documents', editions: v2021, columns: documents2021, group: item1 },
    { path: 'art20Item5.administrativeLicensing', zh: '行政许可', en: 'Administrative licensing', editions: v2021, columns: decisions2021, group: item5 },
    { path: 'art20Item6.administrativePenalty', zh: '行政处罚', en: 'Administrative penalties', editions: v2021, columns: decisions2021, group: item6 },
    { path: 'art20Item6.administrativeCompulsion', zh: '行政强制', en: 'Administrative compulsion', editions: v2021, columns: decisions2021, group: item6 },
    { path: 'art20Item8.administrativeFees', zh: '行政事业性收费', en: 'Administrative fees', editions: v2021, columns: fees2021, group: item8 },
  ],
};
