import { listCellPaths, setCell, validate, type Diagnostic, type Report } from '@disclosure/core';
import { ParseError, parse } from '@disclosure/parser';
import { compareCells, type CellComparison } from './compare-cells.ts';
import type { TestDocument } from './document.ts';

/** A document parsed and compared with its expected report, cell by cell. */
export interface DocumentResult {
  readonly document: TestDocument;
  readonly comparison: CellComparison;
  /** The `ParseError` code when the parser refused the document (every cell then counts as unread, with that error as its diagnostic). */
  readonly rejected?: string;
  /** Rules the parse reports failed that do not fail on the expected report: findings the document does not have. */
  readonly falseFindings: readonly string[];
  /** Rules that fail on the expected report: the errors and warnings the document really has. */
  readonly publishedFindings: readonly string[];
  /** Of those, the rules the parse does not report failed: findings a check of this print misses. */
  readonly missedFindings: readonly string[];
}

/**
 * The rules a parse reports failed (core's rules on the cells read, and those the reader proves from the print)
 * that the expected report does not fail: a check would accuse the document of an error it does not have.
 */
function falseFindings(expected: Report, diagnostics: readonly Diagnostic[]): string[] {
  const failing = new Set(failingRules(expected));
  return diagnostics
    .filter((diagnostic) => diagnostic.status === 'fail' && !diagnostic.rule.startsWith('parser/') && !failing.has(diagnostic.rule))
    .map((diagnostic) => `false finding ${diagnostic.rule}: ${diagnostic.messageEn}`);
}

/** The rules that fail on a report, each once. */
function failingRules(report: Report): string[] {
  return [...new Set(validate(report).flatMap((diagnostic) => (diagnostic.status === 'fail' ? [diagnostic.rule] : [])))];
}

/** The rules failing on the expected report that the parse's diagnostics do not report failed. */
function missedFindings(expected: Report, diagnostics: readonly Diagnostic[]): string[] {
  const reported = new Set(diagnostics.flatMap((diagnostic) => (diagnostic.status === 'fail' ? [diagnostic.rule] : [])));
  return failingRules(expected).filter((rule) => !reported.has(rule));
}

/**
 * Parses a document with `parse` (the format from its name and bytes) and compares every cell. A typed
 * `ParseError` is an honest refusal: its cells count as unread with a diagnostic. Any other exception propagates.
 */
export async function readDocument(document: TestDocument): Promise<DocumentResult> {
  try {
    const { report, diagnostics, coverage } = await parse(document.bytes, { name: document.name });
    return {
      document,
      comparison: compareCells(document.expected, report, diagnostics, new Set(coverage.unreadPaths)),
      falseFindings: falseFindings(document.expected, diagnostics),
      publishedFindings: failingRules(document.expected),
      missedFindings: missedFindings(document.expected, diagnostics),
    };
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    const paths = listCellPaths(document.expected);
    const unread = structuredClone(document.expected);
    for (const path of paths) setCell(unread, path, null);
    const refusal = [{ rule: `parser/${error.code}`, paths }];
    const published = failingRules(document.expected);
    return { document, comparison: compareCells(document.expected, unread, refusal, new Set(paths)), rejected: error.code, falseFindings: [], publishedFindings: published, missedFindings: published };
  }
}

/** What a test must never see: wrong numbers, cells left unread without a diagnostic, and findings the document does not have. */
export function failures(result: DocumentResult): string[] {
  return [
    ...result.comparison.verdicts
      .filter((verdict) => verdict.outcome === 'wrong' || verdict.outcome === 'unread-without-diagnostic')
      .map((verdict) => `${verdict.outcome} ${verdict.path}: expected ${verdict.expected}, read ${verdict.actual}`),
    ...result.falseFindings,
  ];
}
