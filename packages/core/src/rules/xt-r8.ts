import { sectionCatalogue } from '../catalogue/sections.ts';
import { editions } from '../edition.ts';
import type { SectionKey } from '../model/sections.ts';
import type { ReportProse } from './report-prose.ts';
import type { CheckRule } from './types.ts';

const numerals: Record<string, number> = { 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8 };
const selfDescription = /(?:包括|由|分为)([^。]{2,200}?)等?([三四五六七八\d])(?:个)?部分/u;
const keywords: Record<SectionKey, RegExp> = {
  overview: /总体情况|概述|概况/u,
  activeDisclosure: /主动公开/u,
  applications: /收到和处理|依申请|申请情况/u,
  reviewAndLitigation: /复议|诉讼/u,
  problemsAndImprovements: /问题|改进/u,
  otherMatters: /其他/u,
};

/** The prose's “全文由……N部分组成”: N as printed and how many sections its list names; `null` when it has none. */
function selfDescriptionOf(prose: ReportProse): { readonly numeral: string; readonly listed: number } | null {
  const match = selfDescription.exec(prose.text(['preamble', 'overview']));
  if (!match) return null;
  return { numeral: match[2]!, listed: sectionCatalogue.filter((section) => keywords[section.key].test(match[1]!)).length };
}

/** XT.R8: “全文由……六部分组成” agrees with the parts it lists and the headings present. */
export const xtr8: CheckRule = {
  id: 'XT.R8',
  severity: 'warning',
  editions,
  kind: 'text',
  zh: '“全文由……六部分组成”的自述与实际出现的标题一致',
  en: 'The report’s description of its own parts agrees with the headings present',
  check: (report, { prose }) => {
    const present = sectionCatalogue.filter((section) => report.sections[section.key] !== null).length;
    if (present === 0) return [];
    const described = selfDescriptionOf(prose);
    if (described === null) return [];
    const { numeral, listed } = described;
    const stated = numerals[numeral] ?? Number(numeral);
    if (stated === present && listed === stated) return [];
    return [
      {
        status: 'fail',
        message: `正文称全文${numeral}部分（列出 ${listed} 项），实有 ${present} 个部分标题`,
        messageEn: `The text says the report has ${stated} parts (listing ${listed}); ${present} headings are present`,
        paths: [],
        expected: present,
        actual: stated,
      },
    ];
  },
};
