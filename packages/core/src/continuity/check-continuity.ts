import type { RuleId } from '../catalogue/rules.ts';
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
  const on = (rule: RuleId) => options.rules?.[rule] !== 'off';
  const blankAsZero = options.blankAsZero ?? false;
  const run = (rule: RuleId, equations: readonly CrossEquation[]) => {
    if (!on(rule)) return;
    for (const equation of equations) {
      const finding = assessCross(equation, blankAsZero);
      if (finding) diagnostics.push(fromFinding(rule, finding, options));
    }
  };
  const applicable = xyr4(previousYear, thisYear);
  if (applicable.any) run('XY.R1', xyr1(previousYear, thisYear));
  if (applicable.table2) {
    if (previousYear.edition === '2021' && thisYear.edition === '2021') run('XY.R2', xyr2(previousYear, thisYear));
    if (previousYear.edition === '2019' && thisYear.edition === '2019') run('XY.R3', xyr3(previousYear, thisYear));
  }
  if (applicable.finding && on('XY.R4')) diagnostics.push(fromFinding('XY.R4', applicable.finding, options));
  return diagnostics;
}
