import type { RuleId } from '../catalogue/rules.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { fromFinding } from '../diagnostics/from-finding.ts';
import type { Report } from '../model/report.ts';
import { agr1 } from '../rules/ag-r1.ts';
import { agr2 } from '../rules/ag-r2.ts';
import { agr3 } from '../rules/ag-r3.ts';
import { assessCross } from '../rules/cross.ts';
import { checkReports, NotAReportError } from '../validate/not-a-report.ts';
import type { ValidateOptions } from '../validate/options.ts';
import { validate } from '../validate/validate.ts';

/**
 * Checks a region-wide aggregate against its member reports (AG.R1–R3). Runs only when
 * `aggregate.meta.scope === 'aggregate'` (otherwise returns `[]`). A member's blank cell makes that cell not
 * assessable — it is never summed as 0, whatever `blankAsZero` says; `blankAsZero` only reaches AG.R3's
 * `validate` of the aggregate itself. Throws `NotAReportError` when the aggregate or a member is not a report.
 */
export function checkAggregate(aggregate: Report, members: readonly Report[], options: ValidateOptions = {}): Diagnostic[] {
  if (!Array.isArray(members)) throw new NotAReportError('checkAggregate', 'members must be an array of reports');
  return checkReports('checkAggregate', [aggregate, ...members], () => checkMembers(aggregate, members, options));
}

function checkMembers(aggregate: Report, members: readonly Report[], options: ValidateOptions): Diagnostic[] {
  if (aggregate.meta.scope !== 'aggregate') return [];
  const diagnostics: Diagnostic[] = [];
  const on = (rule: RuleId) => options.rules?.[rule] !== 'off';
  if (on('AG.R1')) {
    for (const equation of agr1(aggregate, members)) {
      const finding = assessCross(equation);
      if (finding) diagnostics.push(fromFinding('AG.R1', finding, options));
    }
  }
  if (on('AG.R2')) {
    for (const item of agr2(aggregate, members)) {
      const finding = 'terms' in item ? assessCross(item) : item;
      if (finding) diagnostics.push(fromFinding('AG.R2', finding, options));
    }
  }
  if (on('AG.R3')) {
    const own = validate(aggregate, { rules: options.rules, blankAsZero: options.blankAsZero });
    for (const finding of agr3(own)) diagnostics.push(fromFinding('AG.R3', finding, options));
  }
  return diagnostics;
}
