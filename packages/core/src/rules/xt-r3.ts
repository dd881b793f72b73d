import { editions } from '../edition.ts';
import { disagreement, statedFigures } from './prose.ts';
import type { ReportProse } from './report-prose.ts';
import type { CheckRule } from './types.ts';

const carriedForward = [
  /(?:结转|顺延)(?:至|到)?下一?年度?[^。；，\d]{0,8}?(\d+)(?:件|份)/gu,
  /(?<!\d)(\d+)(?:件|份)[^。；，\d]{0,6}?(?:结转|顺延)(?:至|到)?下一?年/gu,
];

/** The carried-forward counts the prose states. */
function carriedForwardCounts(prose: ReportProse) {
  const text = prose.text(['preamble', 'overview', 'applications']);
  return carriedForward.flatMap((pattern) => statedFigures(text, pattern));
}

/** XT.R3: applications the prose says were carried forward = 四、结转下年度继续办理 总计. */
export const xtr3: CheckRule = {
  id: 'XT.R3',
  severity: 'warning',
  editions,
  kind: 'text',
  zh: '正文所述结转下年度件数等于表三结转下年度继续办理总计',
  en: 'Applications carried forward in the text = table 3 carried forward total',
  check: (report, { prose }) => {
    const finding = disagreement(
      carriedForwardCounts(prose),
      report.tables.applications.carriedForwardToNextYear.total,
      ['applications.carriedForwardToNextYear.total'],
      { zh: '表三“四、结转下年度继续办理”总计', en: 'table 3 carried forward total' },
    );
    return finding ? [finding] : [];
  },
};
