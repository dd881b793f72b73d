import { editions } from '../edition.ts';
import { disagreement, statedFigures } from './prose.ts';
import type { ReportProse } from './report-prose.ts';
import type { CheckRule } from './types.ts';

const answered = /(?:办结|答复)[^。；，\d复诉]{0,8}?(\d+)(?:件|份)/gu;

/** The answered counts the prose states, in sentences about applications and not about review or litigation. */
function answeredCounts(prose: ReportProse) {
  return prose.text(['preamble', 'overview', 'applications'])
    .split(/[。；]/u)
    .filter((sentence) => sentence.includes('申请') && !/复议|诉讼/u.test(sentence))
    .flatMap((sentence) => statedFigures(sentence, answered));
}

/** XT.R2: applications the prose says were answered (办结/答复 M 件, in a sentence about applications) = （七）总计. */
export const xtr2: CheckRule = {
  id: 'XT.R2',
  severity: 'warning',
  editions,
  kind: 'text',
  zh: '正文所述办结、答复件数等于表三（七）总计',
  en: 'Applications answered in the text = table 3 total processed',
  check: (report, { prose }) => {
    const finding = disagreement(answeredCounts(prose), report.tables.applications.totalProcessed.total, ['applications.totalProcessed.total'], {
      zh: '表三“（七）总计”',
      en: 'table 3 total processed',
    });
    return finding ? [finding] : [];
  },
};
