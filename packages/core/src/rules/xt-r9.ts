import { editions } from '../edition.ts';
import { proseOf } from './prose.ts';
import type { CheckRule } from './types.ts';

const period = /(\d{4})年1月1日起?(?:至|到|—|–|-|~|～)(?:(\d{4})年)?12月31日/u;

/** XT.R9: the reporting period (“YYYY年1月1日至12月31日”) names the report year. */
export const xtr9: CheckRule = {
  id: 'XT.R9',
  severity: 'warning',
  editions,
  kind: 'text',
  zh: '统计期限一句写明的年份为报告年度',
  en: 'The reporting-period sentence names the report year',
  check: (report) => {
    const year = report.meta.year;
    if (year === null) return [];
    const match = period.exec(proseOf(report, ['preamble', 'overview']));
    if (!match) return [];
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2]);
    if (from === year && to === year) return [];
    return [
      {
        status: 'fail',
        message: `统计期限“${match[0]}”与报告年度 ${year} 不符`,
        messageEn: `The reporting period “${match[0]}” does not match the report year ${year}`,
        paths: [],
        expected: year,
        actual: from === year ? to : from,
      },
    ];
  },
};
