import type { ColumnEntry } from './types.ts';

/** Table 3's seven applicant columns (spec §5.1), in printed order. */
export const applicantColumns: readonly ColumnEntry[] = [
  { key: 'naturalPerson', zh: '自然人', en: 'Natural persons', unit: 'count' },
  { key: 'commercialEnterprise', zh: '商业企业', en: 'Commercial enterprises', unit: 'count' },
  { key: 'researchInstitution', zh: '科研机构', en: 'Research institutions', unit: 'count' },
  { key: 'socialWelfareOrganization', zh: '社会公益组织', en: 'Social welfare organisations', unit: 'count' },
  { key: 'legalServiceInstitution', zh: '法律服务机构', en: 'Legal service institutions', unit: 'count' },
  { key: 'otherOrganization', zh: '其他', en: 'Other organisations', unit: 'count' },
  { key: 'total', zh: '总计', en: 'Total', unit: 'count' },
];

/** Table 4's five outcome columns, the same for each of its three groups (spec §6). */
export const outcomeColumns: readonly ColumnEntry[] = [
  { key: 'upheld', zh: '结果维持', en: 'Upheld', unit: 'count' },
  { key: 'corrected', zh: '结果纠正', en: 'Corrected', unit: 'count' },
  { key: 'otherOutcome', zh: '其他结果', en: 'Other outcome', unit: 'count' },
  { key: 'pending', zh: '尚未审结', en: 'Pending', unit: 'count' },
  { key: 'total', zh: '总计', en: 'Total', unit: 'count' },
];
