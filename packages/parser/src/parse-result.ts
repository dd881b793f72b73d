import { ruleCatalogue, validate, type Diagnostic, type Report } from '@disclosure/core/lite';
import type { CellReading, Coverage } from './read/cell-reading.ts';
import type { ReadResult, Readings, SourceMap } from './read/read-layout.ts';
import type { ParseOptions } from './options.ts';

/** What every entry point returns. */
export interface ParseResult {
  /** The report as read; cells that could not be read are `null`, never guessed. */
  readonly report: Report;
  /** Reader notes (`parser/…`) first, then core's rule diagnostics; each carries its source place where known. */
  readonly diagnostics: Diagnostic[];
  /** Where each cell was read, by cell path. */
  readonly sourceMap: SourceMap;
  /** How each cell was read (`direct`, `blank`, `resolved` with what decided it, `unread` with its candidates). */
  readonly readings: Readings;
  /** Cells read, printed blank and unread. A report is complete, and can be called clean, only when none is unread. */
  readonly coverage: Coverage;
}

export type { CellReading, Coverage };

/** The warning that a report was not read completely, naming the unread cells. */
function incompleteNote(coverage: Coverage): Diagnostic {
  return {
    rule: 'parser/incomplete',
    severity: 'warning',
    status: 'notAssessable',
    message: `未能完整读取：${coverage.cells} 个单元格中 ${coverage.unread} 个未读取，相关规则无法判断`,
    messageEn: `Not read completely: ${coverage.unread} of ${coverage.cells} cells are unread, so the rules on them cannot be assessed`,
    paths: [...coverage.unreadPaths],
  };
}

/**
 * A reader note that states a rule's failure proven from the print (`T4.R1` of a table whose figures balance in no
 * order) under `validate`'s settings: dropped when the rules do not run or that rule is `off`, re-graded as set.
 * Reader notes of their own (`parser/…`) pass as they are.
 */
function settled(note: Diagnostic, options: ParseOptions): Diagnostic[] {
  const rule = ruleCatalogue.find((entry) => entry.id === note.rule);
  if (!rule) return [note];
  if (options.validate === false) return [];
  const setting = options.validate?.rules?.[rule.id];
  if (setting === 'off') return [];
  return [setting ? { ...note, severity: setting } : note];
}

/** Runs the rules on what was read and points each diagnostic at the place its first cell was read. */
export function finishParse(read: ReadResult, options: ParseOptions): ParseResult {
  const rules = options.validate === false ? [] : validate(read.report, { ...options.validate, prose: read.prose });
  const located = rules.map((diagnostic) => {
    const place = diagnostic.paths.map((path) => read.sourceMap[path]).find(Boolean);
    return place && !diagnostic.place ? { ...diagnostic, place } : diagnostic;
  });
  const reader = read.notes.flatMap((note) => settled(note, options));
  const notes = read.coverage.complete ? reader : [...reader, incompleteNote(read.coverage)];
  return { report: read.report, diagnostics: [...notes, ...located], sourceMap: read.sourceMap, readings: read.readings, coverage: read.coverage };
}
