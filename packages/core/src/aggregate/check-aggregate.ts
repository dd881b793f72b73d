import type { RuleEntry } from '../catalogue/rules.ts';
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
  const on = (rule: RuleEntry) => options.rules?.[rule.id] !== 'off';
  if (on(agr1)) {
    for (const equation of agr1.run(aggregate, members)) {
      const finding = assessCross(equation);
      if (finding) diagnostics.push(fromFinding(agr1.id, finding, options));
    }
  }
  if (on(agr2)) {
    for (const item of agr2.run(aggregate, members)) {
      const finding = 'terms' in item ? assessCross(item) : item;
      if (finding) diagnostics.push(fromFinding(agr2.id, finding, options));
    }
  }
  if (on(agr3)) {
    const own = validate(aggregate, { rules: options.rules, blankAsZero: options.blankAsZero });
    for (const finding of agr3.run(own)) diagnostics.push(fromFinding(agr3.id, finding, options));
  }
  return diagnostics;
}
