import type { RuleId } from '../catalogue/rules.ts';
import type { ReportProse } from '../rules/report-prose.ts';

/** A rule's setting: `off` skips it; `error` or `warning` re-grades what it finds. */
export type RuleSetting = 'off' | 'error' | 'warning';

/** Options of `validate` (and of `checkContinuity`, `checkAggregate`). */
export interface ValidateOptions {
  /** Per rule ID: switch a rule off or change its severity. Default: every rule on, at its catalogue severity. */
  readonly rules?: Partial<Record<RuleId, RuleSetting>> | undefined;
  /** Count blank and placeholder cells as 0 in the identities instead of reporting them not assessable. Default `false`. */
  readonly blankAsZero?: boolean | undefined;
  /**
   * The report's prose as a reader that searched it already made it (`new ReportProse(report)`), so `validate`
   * does not normalise it again; used only while it is of the report's current texts (`isOf`), else read anew.
   * Default: read from the report.
   */
  readonly prose?: ReportProse | undefined;
}
