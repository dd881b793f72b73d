import { editions } from '../edition.ts';
import { disagreement, statedFigures } from './prose.ts';
import type { ReportProse } from './report-prose.ts';
import type { CheckRule, Finding } from './types.ts';

const verb = '(?:制发|制定|出台|印发|发布)';
const patterns = {
  // 规章制度 are internal rules, not 规章
  regulations: new RegExp(String.raw`${verb}[^。；，\d]{0,4}?规章(?!制度)[^。；，\d]{0,4}?(\d+)(?:件|部|个)`, 'gu'),
  normativeDocuments: new RegExp(String.raw`${verb}[^。；，\d]{0,4}?规范性文件[^。；，\d]{0,4}?(\d+)(?:件|份|个)`, 'gu'),
};

/** The counts of rules and of normative documents the prose says were issued. */
function issuedCounts(prose: ReportProse) {
  const text = prose.text(['preamble', 'overview', 'activeDisclosure']);
  return { regulations: statedFigures(text, patterns.regulations), normativeDocuments: statedFigures(text, patterns.normativeDocuments) };
}

/** XT.R6: rules and normative documents the prose says were issued = table 2 （一） (2021 本年制发件数, 2019 本年新制作数量). */
export const xtr6: CheckRule = {
  id: 'XT.R6',
  severity: 'warning',
  editions,
  kind: 'text',
  zh: '正文所述制发规章、规范性文件件数与表二（一）相符',
  en: 'Rules and normative documents issued in the text match table 2 (1)',
  check: (report, { prose }) => {
    const stated = issuedCounts(prose);
    const findings: Finding[] = [];
    for (const row of ['regulations', 'normativeDocuments'] as const) {
      const column = report.edition === '2021' ? 'issuedThisYear' : 'newlyMade';
      const cells = report.tables.activeDisclosure.art20Item1[row] as Record<string, number | null>;
      const finding = disagreement(
        stated[row],
        cells[column] ?? null,
        [`activeDisclosure.art20Item1.${row}.${column}`],
        row === 'regulations'
          ? { zh: '表二“规章”制发件数', en: 'table 2 rules issued' }
          : { zh: '表二“规范性文件”制发件数', en: 'table 2 normative documents issued' },
      );
      if (finding) findings.push(finding);
    }
    return findings;
  },
};
