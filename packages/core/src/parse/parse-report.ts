import type { z } from 'zod';
import { ReportSchema, type Report } from '../model/report.ts';
import { registerReportParser } from '../validate/first-issue.ts';

/** One way the input does not fit the model: where (keys and array indexes from the root) and what. */
export interface ReportIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** The result of `parseReport`: the typed report, or every issue found. */
export type ParseReportResult =
  | { readonly success: true; readonly report: Report }
  | { readonly success: false; readonly issues: readonly ReportIssue[] };

type Issue = z.core.$ZodIssue;

function toPath(base: readonly PropertyKey[], path: readonly PropertyKey[]): (string | number)[] {
  return [...base, ...path].map((key) => (typeof key === 'symbol' ? String(key) : key));
}

// A failed union (2021 （六）: three sub-rows or one row) reports the branch that came closest, not "Invalid input".
function flatten(issue: Issue, base: readonly PropertyKey[]): ReportIssue[] {
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const closest = issue.errors.reduce((best, branch) => (branch.length < best.length ? branch : best));
    const nested = toPath(base, issue.path);
    return closest.flatMap((inner) => flatten(inner, nested));
  }
  return [{ path: toPath(base, issue.path), message: issue.message }];
}

/**
 * Checks that `input` (parsed JSON, say) has the shape of a `Report` of either edition. Never throws on data:
 * shape problems come back as issues. Arithmetic is not checked here; run `validate` on the report.
 */
export function parseReport(input: unknown): ParseReportResult {
  let result: ReturnType<typeof ReportSchema.safeParse>;
  try {
    result = ReportSchema.safeParse(input);
  } catch (error) {
    return { success: false, issues: [{ path: [], message: error instanceof Error ? error.message : String(error) }] };
  }
  if (result.success) return { success: true, report: result.data };
  return { success: false, issues: result.error.issues.flatMap((issue) => flatten(issue, [])) };
}

// `NotAReportError` names the first issue by this check once it is loaded (see first-issue.ts).
registerReportParser(parseReport);
