import type { RuleEntry } from '../catalogue/rules.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { fromFinding } from '../diagnostics/from-finding.ts';
import type { Report } from '../model/report.ts';
import { assessCross, type CrossEquation } from '../rules/cross.ts';
import { xyr1 } from '../rules/xy-r1.ts';
import { xyr2 } from '../rules/xy-r2.ts';
import { xyr3 } from '../rules/xy-r3.ts';
import { xyr4 } from '../rules/xy-r4.ts';
import { checkReports } from '../validate/not-a-report.ts';
import type { ValidateOptions } from '../validate/options.ts';

/**
 * Checks two consecutive years of the same body against the cross-year rules (XY.R1–R4): carried-over
 * applications, and table 2's running totals within an edition. All are warnings; blanks are not assessable.
 * Throws `NotAReportError` when either argument is not a report.
 */
export function checkContinuity(previousYear: Report, thisYear: Report, options: ValidateOptions = {}): Diagnostic[] {
  return checkReports('checkContinuity', [previousYear, thisYear], () => checkYears(previousYear, thisYear, options));
}

function checkYears(previousYear: Report, thisYear: Report, options: ValidateOptions): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const on = (rule: RuleEntry) => options.rules?.[rule.id] !== 'off';
  const blankAsZero = options.blankAsZero ?? false;
  const assess = (rule: RuleEntry, equations: readonly CrossEquation[]) => {
    if (!on(rule)) return;
    for (const equation of equations) {
      const finding = assessCross(equation, blankAsZero);
      if (finding) diagnostics.push(fromFinding(rule.id, finding, options));
    }
  };
  const applicable = xyr4.run(previousYear, thisYear);
  if (applicable.any) assess(xyr1, xyr1.run(previousYear, thisYear));
  if (applicable.table2) {
    if (previousYear.edition === '2021' && thisYear.edition === '2021') assess(xyr2, xyr2.run(previousYear, thisYear));
    if (previousYear.edition === '2019' && thisYear.edition === '2019') assess(xyr3, xyr3.run(previousYear, thisYear));
  }
  if (applicable.finding && on(xyr4)) diagnostics.push(fromFinding(xyr4.id, applicable.finding, options));
  return diagnostics;
}
