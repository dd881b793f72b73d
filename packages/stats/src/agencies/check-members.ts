import { assertReport, checkAggregate, type Diagnostic, type Report, type ValidateOptions } from '@disclosure/core';

/** The outcome of checking a published aggregate report against its members. */
export interface MemberCheck {
  /** False when the report is not an aggregate (`meta.scope !== 'aggregate'`): AG rules do not apply. */
  readonly checked: boolean;
  /** Why it was not checked; `null` when it was. */
  readonly reason: string | null;
  /** Core's AG.R1–R3 diagnostics. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Checks a published region-wide report against its member reports with core's `checkAggregate` (AG rules),
 * only when its `meta.scope` is `'aggregate'`. Options go to core unchanged (default: every rule on).
 */
export function checkMembers(aggregate: Report, members: Iterable<Report>, options: ValidateOptions = {}): MemberCheck {
  assertReport(aggregate, 'checkMembers');
  if (aggregate.meta.scope !== 'aggregate') {
    return {
      checked: false,
      reason: `meta.scope is '${aggregate.meta.scope}', not 'aggregate': AG rules apply only to aggregate reports`,
      diagnostics: [],
    };
  }
  return { checked: true, reason: null, diagnostics: checkAggregate(aggregate, [...members], options) };
}
