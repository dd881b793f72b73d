import type { ParseReportResult } from '../parse/parse-report.ts';

// `parseReport` needs zod. The rules do not, so they do not import it: `parseReport`'s module hands itself over here
// when it is loaded (by `@disclosure/core`, never by `@disclosure/core/lite` alone), and until then there is no
// schema to name an issue by.
let parseReport: ((value: unknown) => ParseReportResult) | null = null;

/** Makes `parse` the schema check `findFirstIssue` uses. Called once, by the module of `parseReport`. Internal. */
export function registerReportParser(parse: (value: unknown) => ParseReportResult): void {
  parseReport = parse;
}

/**
 * What `parseReport` finds wrong with `value` first (`path: message`), or `null` when it is a report — or when
 * `parseReport` was never loaded (only `@disclosure/core/lite` imported), so that nothing can be said.
 */
export function findFirstIssue(value: unknown): string | null {
  if (parseReport === null) return null;
  const parsed = parseReport(value);
  if (parsed.success) return null;
  const issue = parsed.issues[0];
  return issue ? `${issue.path.join('.') || '/'}: ${issue.message}` : 'not a report';
}
