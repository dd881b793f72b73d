import { validate, type Diagnostic, type Report } from '@disclosure/core';
import type { ReadResult, SourceMap } from './read/read-layout.ts';
import type { ParseOptions } from './options.ts';

/** What every entry point returns. */
export interface ParseResult {
  /** The report as read; cells that could not be read are `null`, never guessed. */
  readonly report: Report;
  /** Reader notes (`parser/…`) first, then core's rule diagnostics; each carries its source place where known. */
  readonly diagnostics: Diagnostic[];
  /** Where each cell was read, by cell path. */
  readonly sourceMap: SourceMap;
}

/** Runs the rules on what was read and points each diagnostic at the place its first cell was read. */
export function finishParse(read: ReadResult, options: ParseOptions): ParseResult {
  const rules = options.validate === false ? [] : validate(read.report, options.validate ?? {});
  const located = rules.map((diagnostic) => {
    const place = diagnostic.paths.map((path) => read.sourceMap[path]).find(Boolean);
    return place && !diagnostic.place ? { ...diagnostic, place } : diagnostic;
  });
  return { report: read.report, diagnostics: [...read.notes, ...located], sourceMap: read.sourceMap };
}
