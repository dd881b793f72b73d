import { editions } from '../edition.ts';
import { disagreement, statedFigures } from './prose.ts';
import type { ReportProse } from './report-prose.ts';
import type { CheckRule } from './types.ts';

// Only 政府信息公开 applications: a county's overview also counts 行政许可 applications, which must not match.
const received = [
  /(?:收到|受理|新收|接收)[^。；，\d]{0,8}?信息公开申请[^。；\d]{0,6}?(\d+)(?:件|份|条|个)/gu,
  /(?:收到|受理|新收|接收)[^。；\d]{0,6}?(\d+)(?:件|份|条|个)[^。；，\d]{0,8}?信息公开申请/gu,
  /(?:收到|受理|新收|接收)[^。；，\d]{0,4}?依申请公开[^。；，\d]{0,6}?(\d+)(?:件|份|条|个)/gu,
];
const includesCarriedOver = /含上年结转|包括上年结转|含上年度结转/u;

/** The received counts the prose states, apart by whether it says they include the carried-over applications. */
function receivedCounts(prose: ReportProse) {
  const text = prose.text(['preamble', 'overview', 'applications']);
  const stated = received.flatMap((pattern) => statedFigures(text, pattern));
  const plain = stated.filter((s) => !includesCarriedOver.test(text.slice(s.end, s.end + 12)) && !includesCarriedOver.test(s.phrase));
  return { plain, withCarried: stated.filter((s) => !plain.includes(s)) };
}

/** XT.R1: the number of applications the prose says were received = 一、本年新收 总计 (plus 二 when it says 含上年结转). */
export const xtr1: CheckRule = {
  id: 'XT.R1',
  severity: 'warning',
  editions,
  kind: 'text',
  zh: '正文所述收到申请件数等于表三本年新收总计（“含上年结转”时加上年结转）',
  en: 'Applications received in the text = table 3 newly received total (plus carried over when the text says so)',
  check: (report, { prose }) => {
    const { plain, withCarried } = receivedCounts(prose);
    if (plain.length === 0 && withCarried.length === 0) return [];
    const { newlyReceived, carriedOverFromLastYear } = report.tables.applications;
    const both =
      newlyReceived.total === null || carriedOverFromLastYear.total === null ? null : newlyReceived.total + carriedOverFromLastYear.total;
    const findings = [];
    // Real reports often count 收到 with the carried-over applications without saying so (平潭 2022: 75 = 74 + 1,
    // 沭阳 2025: 749 = 713 + 36): a plain figure that equals 一 + 二 is taken as agreeing — and with 二 unknown, a
    // plain figure is checked by nothing.
    const a = both === null || plain.some((s) => s.value === both) ? null : disagreement(plain, newlyReceived.total, ['applications.newlyReceived.total'], {
      zh: '表三“一、本年新收”总计',
      en: 'table 3 newly received total',
    });
    if (a) findings.push(a);
    const b = disagreement(withCarried, both, ['applications.newlyReceived.total', 'applications.carriedOverFromLastYear.total'], {
      zh: '表三本年新收加上年结转总计',
      en: 'table 3 newly received plus carried over',
    });
    if (b) findings.push(b);
    return findings;
  },
};
