import { editions } from '../edition.ts';
import { disagreement, statedFigures } from './prose.ts';
import type { ReportProse } from './report-prose.ts';
import { litigationTotal } from './t4-r3.ts';
import type { CheckRule, Finding } from './types.ts';

const review = /行政复议(?:案件|申请)?[^。；，\d诉]{0,6}?(\d+)(?:件|起|宗|次)/gu;
const litigation = /行政诉讼(?:案件)?[^。；，\d复]{0,6}?(\d+)(?:件|起|宗|次)/gu;
const allUpheld = /均获维持|全部维持|零败诉|无败诉/u;

/** The review and litigation counts the prose states, and its “all upheld” claim (`null` when it makes none). */
function reviewCounts(prose: ReportProse) {
  const text = prose.text(['preamble', 'overview', 'reviewAndLitigation']);
  return { review: statedFigures(text, review), litigation: statedFigures(text, litigation), claim: allUpheld.exec(text)?.[0] ?? null };
}

/** XT.R5: review and litigation counts in the prose = table 4 (litigation via T4.R3); “均获维持/零败诉” means nothing corrected. */
export const xtr5: CheckRule = {
  id: 'XT.R5',
  severity: 'warning',
  editions,
  kind: 'text',
  zh: '正文所述行政复议、行政诉讼件数与表四相符；“均获维持”“零败诉”意味着没有结果纠正',
  en: 'Review and litigation counts in the text match table 4; “all upheld” implies no corrected outcome',
  check: (report, { prose }) => {
    const stated = reviewCounts(prose);
    const findings: Finding[] = [];
    const table = report.tables.reviewAndLitigation;
    const a = disagreement(stated.review, table.administrativeReview.total, ['reviewAndLitigation.administrativeReview.total'], {
      zh: '表四“行政复议”总计',
      en: 'table 4 administrative review total',
    });
    if (a) findings.push(a);
    const b = disagreement(
      stated.litigation,
      litigationTotal(report),
      ['reviewAndLitigation.litigationWithoutReview.total', 'reviewAndLitigation.litigationAfterReview.total'],
      { zh: '表四行政诉讼总数（两类起诉总计之和）', en: 'table 4 litigation total (both kinds of suit)' },
    );
    if (b) findings.push(b);
    const claim = stated.claim;
    if (claim !== null) {
      const corrected = (['administrativeReview', 'litigationWithoutReview', 'litigationAfterReview'] as const).filter(
        (group) => (table[group].corrected ?? 0) > 0,
      );
      if (corrected.length > 0) {
        const count = corrected.reduce((sum, group) => sum + (table[group].corrected ?? 0), 0);
        findings.push({
          status: 'fail',
          message: `正文称“${claim}”，但表四有 ${count} 件结果纠正`,
          messageEn: `The text says “${claim}”, but table 4 has ${count} corrected outcome(s)`,
          paths: corrected.map((group) => `reviewAndLitigation.${group}.corrected`),
          expected: 0,
          actual: count,
        });
      }
    }
    return findings;
  },
};
