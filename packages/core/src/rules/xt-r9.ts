import { editions } from '../edition.ts';
import type { ReportProse } from './report-prose.ts';
import type { CheckRule } from './types.ts';

const period = /(\d{4})年1月1日起?(?:至|到|—|–|-|~|～)(?:(\d{4})年)?12月31日/u;

/** The reporting period the prose states: its phrase and years (`to` = `from` when the end names none); `null` when none. */
function periodOf(prose: ReportProse): { readonly phrase: string; readonly from: number; readonly to: number } | null {
  const match = period.exec(prose.text(['preamble', 'overview']));
  if (!match) return null;
  const from = Number(match[1]);
  return { phrase: match[0], from, to: match[2] === undefined ? from : Number(match[2]) };
}

/** XT.R9: the reporting period (“YYYY年1月1日至12月31日”) names the report year. */
export const xtr9: CheckRule = {
  id: 'XT.R9',
  severity: 'warning',
  editions,
  kind: 'text',
  zh: '统计期限一句写明的年份为报告年度',
  en: 'The reporting-period sentence names the report year',
  check: (report, { prose }) => {
    const year = report.meta.year;
    if (year === null) return [];
    const stated = periodOf(prose);
    if (stated === null) return [];
    const { phrase, from, to } = stated;
    if (from === year && to === year) return [];
    return [
      {
        status: 'fail',
        message: `统计期限“${phrase}”与报告年度 ${year} 不符`,
        messageEn: `The reporting period “${phrase}” does not match the report year ${year}`,
        paths: [],
        expected: year,
        actual: from === year ? to : from,
      },
    ];
  },
};
