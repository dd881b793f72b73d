import { editions } from '../edition.ts';
import type { Report } from '../model/report.ts';
import { findFirstIssue } from './first-issue.ts';

/**
 * Thrown by `validate`, `checkContinuity` and `checkAggregate` when an argument is not a `Report` (JSON that
 * was never checked, say). A `TypeError`, so it is the caller's mistake: check untrusted data with
 * `parseReport` first, which says what is wrong without throwing.
 */
export class NotAReportError extends TypeError {
  override readonly name = 'NotAReportError';
  /** Always `NOT_A_REPORT`. */
  readonly code = 'NOT_A_REPORT';
  constructor(
    /** The function that refused it. */
    readonly entry: string,
    /** The first thing `parseReport` found wrong, when it found one. */
    readonly detail: string,
    options?: { cause?: unknown },
  ) {
    super(`${entry}: the value is not a Report (${detail}); check untrusted data with parseReport first`, options);
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether `value` has the frame every rule reads: an edition, and meta, sections and the three tables as objects. */
function hasReportFrame(value: unknown): boolean {
  if (!isObject(value) || !editions.includes(value.edition as never)) return false;
  const { meta, sections, tables } = value;
  return isObject(meta) && isObject(sections) && isObject(tables)
    && isObject(tables.activeDisclosure) && isObject(tables.applications) && isObject(tables.reviewAndLitigation);
}

/**
 * Throws `NotAReportError` (naming `entry`, the function that refuses it) unless `value` has a report's frame: an
 * edition, and meta, sections and the three tables as objects. A cheap check for functions that take reports;
 * `parseReport` checks every field.
 */
export function assertReport(value: unknown, entry: string): asserts value is Report {
  if (!hasReportFrame(value)) throw new NotAReportError(entry, findFirstIssue(value) ?? 'no edition, meta, sections or tables');
}

/**
 * Runs `check` on `reports` that ought to be reports, and throws `NotAReportError` instead of whatever `check`
 * would throw on something else (a promise `check` returns rejects with it instead). Frames are checked up front
 * (cheap); the full schema only when `check` fails, so that a bug met on a true report still surfaces as itself.
 */
export function checkReports<T>(entry: string, reports: readonly unknown[], check: () => T): T {
  for (const report of reports) assertReport(report, entry);
  const diagnose = (error: unknown): never => {
    for (const report of reports) {
      const issue = findFirstIssue(report);
      if (issue !== null) throw new NotAReportError(entry, issue, { cause: error });
    }
    throw error;
  };
  try {
    const result = check();
    return (result instanceof Promise ? result.catch(diagnose) : result) as T;
  } catch (error) {
    return diagnose(error);
  }
}
