import type { SectionEntry } from './types.ts';

/** The six sections every report has, in order (spec §3, variants from §11). */
export const sectionCatalogue: readonly SectionEntry[] = [
  { key: 'overview', ordinal: '一', zh: '总体情况', en: 'Overview', variants: ['概述'] },
  {
    key: 'activeDisclosure',
    ordinal: '二',
    zh: '主动公开政府信息情况',
    en: 'Proactive disclosure of government information',
    variants: ['主动公开政府信息的情况'],
  },
  {
    key: 'applications',
    ordinal: '三',
    zh: '收到和处理政府信息公开申请情况',
    en: 'Applications for disclosure received and processed',
    variants: ['行政机关收到和处理信息公开申请情况', '收到和处理政府信息公开申请的情况'],
  },
  {
    key: 'reviewAndLitigation',
    ordinal: '四',
    zh: '政府信息公开行政复议、行政诉讼情况',
    en: 'Administrative review and litigation concerning disclosure',
    variants: [
      '因政府信息公开工作被申请行政复议提起行政诉讼情况',
      '因政府信息公开工作被申请行政复议、提起行政诉讼情况',
      '因政府信息公开工作被申请行政复议和提起行政诉讼情况',
      '政府信息公开行政复议及行政诉讼情况',
      '被申请行政复议、提起行政诉讼情况',
      '政府信息公开工作行政复议、行政诉讼情况',
      '政府信息公开行政法复议、行政诉讼情况',
    ],
  },
  {
    key: 'problemsAndImprovements',
    ordinal: '五',
    zh: '存在的主要问题及改进情况',
    en: 'Main problems and improvements',
    variants: ['政府信息公开工作存在的主要问题及改进情况', '存在问题及改进情况', '存在的主要问题和改进情况'],
  },
  {
    key: 'otherMatters',
    ordinal: '六',
    zh: '其他需要报告的事项',
    en: 'Other matters to report',
    variants: ['其他事项', '其他需要报告事项'],
  },
];
