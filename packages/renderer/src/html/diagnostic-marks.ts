import type { CellPath, Diagnostic, Severity } from '@disclosure/core';

/** How a cell is marked: the class of its worst severity and the messages of every diagnostic naming it. */
export interface DiagnosticMark {
  readonly severity: Severity;
  readonly messages: readonly string[];
}

const rank: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** Marks per cell path: every path a diagnostic names gets its severity (the worst wins) and `rule message`. */
export function diagnosticMarks(diagnostics: readonly Diagnostic[]): Map<CellPath, DiagnosticMark> {
  const marks = new Map<CellPath, { severity: Severity; messages: string[] }>();
  for (const diagnostic of diagnostics) {
    const message = `${diagnostic.rule} ${diagnostic.message}`;
    for (const path of new Set(diagnostic.paths)) {
      const mark = marks.get(path);
      if (!mark) marks.set(path, { severity: diagnostic.severity, messages: [message] });
      else {
        if (rank[diagnostic.severity] > rank[mark.severity]) mark.severity = diagnostic.severity;
        if (!mark.messages.includes(message)) mark.messages.push(message);
      }
    }
  }
  return marks;
}
