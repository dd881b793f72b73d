import { describeCell, type CellPath, type Diagnostic, type Language, type Severity } from '@disclosure/core';

/** How a cell is marked: the class of its worst severity, the cell's printed label and the messages of every diagnostic naming it. */
export interface DiagnosticMark {
  readonly severity: Severity;
  /** The cell as a person finds it on the page (core's `describeCell`), first line of the tooltip. */
  readonly label: string;
  readonly messages: readonly string[];
}

const rank: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/**
 * Marks per cell path, in `language`: every path a diagnostic names gets its severity (the worst wins), its label
 * and `rule message` (`messageEn` in English).
 */
export function diagnosticMarks(diagnostics: readonly Diagnostic[], language: Language): Map<CellPath, DiagnosticMark> {
  const marks = new Map<CellPath, { severity: Severity; label: string; messages: string[] }>();
  for (const diagnostic of diagnostics) {
    const message = `${diagnostic.rule} ${language === 'zh' ? diagnostic.message : diagnostic.messageEn}`;
    for (const path of new Set(diagnostic.paths)) {
      const mark = marks.get(path);
      if (!mark) marks.set(path, { severity: diagnostic.severity, label: describeCell(path, language), messages: [message] });
      else {
        if (rank[diagnostic.severity] > rank[mark.severity]) mark.severity = diagnostic.severity;
        if (!mark.messages.includes(message)) mark.messages.push(message);
      }
    }
  }
  return marks;
}
