import { statedFigures } from './prose.ts';
import type { ReportProse } from './report-prose.ts';
import type { CheckRule, Finding } from './types.ts';

const notices = /收费通知[^。；，\d]{0,4}?(\d+)(?:件|份|次)/gu;
const path = 'applications.otherHandling.overdueFee.total';

/** Whether section 六 mentions fees at all, and the fee-notice counts it states. */
function feeNotices(prose: ReportProse) {
  const text = prose.text(['otherMatters']);
  return { mentioned: /信息处理费|收费通知/u.test(text), stated: statedFigures(text, notices) };
}

/** XT.R7 (2021): applications closed for unpaid fees call for 信息处理费 / 收费通知 in section 六, with at least as many notices. */
export const xtr7: CheckRule = {
  id: 'XT.R7',
  severity: 'warning',
  editions: ['2021'],
  kind: 'text',
  zh: '有逾期未缴费不再处理的申请时，第六部分应说明信息处理费及收费通知，通知件数不少于该行总计',
  en: 'With applications closed for unpaid fees, section 6 should report the fees and at least that many fee notices',
  check: (report, { prose }) => {
    if (report.edition !== '2021') return [];
    const otherHandling = report.tables.applications.otherHandling;
    if (!('overdueFee' in otherHandling)) return [];
    const closed = otherHandling.overdueFee.total;
    if (closed === null || closed <= 0) return [];
    // without a section 六 there is no prose to hold the statement: nothing to say
    if (report.sections.otherMatters === null) return [];
    const { mentioned, stated } = feeNotices(prose);
    const findings: Finding[] = [];
    if (!mentioned) {
      findings.push({
        status: 'fail',
        message: `表三有 ${closed} 件因逾期未缴费不再处理，第六部分未说明信息处理费或收费通知`,
        messageEn: `Table 3 closes ${closed} application(s) for unpaid fees, but section 6 says nothing about fees or fee notices`,
        paths: [path],
        expected: '信息处理费',
        actual: null,
      });
      return findings;
    }
    const fewest = stated.reduce<number | null>((min, s) => (min === null || s.value < min ? s.value : min), null);
    if (fewest !== null && stated.every((s) => s.value < closed)) {
      findings.push({
        status: 'fail',
        message: `第六部分收费通知 ${fewest} 件，少于表三因逾期未缴费不再处理的 ${closed} 件`,
        messageEn: `Section 6 reports ${fewest} fee notice(s), fewer than the ${closed} application(s) closed for unpaid fees`,
        paths: [path],
        expected: `>= ${closed}`,
        actual: fewest,
      });
    }
    return findings;
  },
};
