import { editions } from '../edition.ts';
import type { Report } from '../model/report.ts';
import type { Finding, RunRule } from './types.ts';

/**
 * XY.R4: whether the cross-year rules apply. Years known and not consecutive: none apply. 2019 edition → 2021
 * edition (2020 → 2021): table 2's columns changed, so XY.R2 and XY.R3 do not apply; XY.R1 still does.
 */
function checkApplicability(previous: Report, current: Report): { finding: Finding | null; table2: boolean; any: boolean } {
  const { year: before } = previous.meta;
  const { year: now } = current.meta;
  if (before !== null && now !== null && now !== before + 1) {
    return {
      any: false,
      table2: false,
      finding: {
        status: 'notAssessable',
        message: `两份报告的年度（${before}、${now}）不相邻，跨年度核对无法进行`,
        messageEn: `The reports’ years (${before}, ${now}) are not consecutive; the cross-year checks cannot run`,
        paths: [],
        expected: before + 1,
        actual: now,
      },
    };
  }
  if (previous.edition !== current.edition) {
    return {
      any: true,
      table2: false,
      finding: {
        status: 'notAssessable',
        message: `格式由 ${previous.edition} 年版变为 ${current.edition} 年版，表二栏目已改变，XY.R2、XY.R3 不适用`,
        messageEn: `The edition changes from ${previous.edition} to ${current.edition}; table 2’s columns changed, so XY.R2 and XY.R3 do not apply`,
        paths: [],
        expected: previous.edition,
        actual: current.edition,
      },
    };
  }
  return { any: true, table2: true, finding: null };
}

/** XY.R4 with its catalogue entry; `checkContinuity` calls `run`. */
export const xyr4: RunRule<typeof checkApplicability> = {
  id: 'XY.R4',
  severity: 'warning',
  editions,
  kind: 'continuity',
  zh: '跨格式（2020→2021）时表二列已改变，XY.R2、XY.R3 不适用',
  en: 'Across the edition boundary (2020→2021) table 2’s columns changed, so XY.R2 and XY.R3 do not apply',
  run: checkApplicability,
};
