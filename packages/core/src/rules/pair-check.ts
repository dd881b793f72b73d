import type { RuleEntry } from '../catalogue/rules.ts';
import type { CellPath } from '../paths/cell-path.ts';
import { reportBlanks, readValueAt } from './cells.ts';
import type { CheckRule, Finding } from './types.ts';

/** One row a pair check looks at: its labels and its two cells. */
export interface PairRow {
  readonly zh: string;
  readonly en: string;
  readonly first: CellPath;
  readonly second: CellPath;
}

/** What a failed pair check says: its messages and the expected and actual values. */
export type PairFailure = Pick<Finding, 'message' | 'messageEn' | 'expected' | 'actual'>;

/** A soft check on two cells of each row (T2.R2, T2.R4, T2.R5), with its catalogue entry: blank cells make it not assessable. */
export interface PairCheck extends RuleEntry {
  readonly rows: readonly PairRow[];
  /** The check as a sentence, for the not-assessable finding. */
  readonly statement: (row: PairRow) => { zh: string; en: string };
  /** The failure for values `a` (first cell) and `b` (second cell), or `null` when they pass. */
  readonly fail: (row: PairRow, a: number, b: number) => PairFailure | null;
}

/** Defines a check rule from a pair check. */
export function definePairCheck(spec: PairCheck): CheckRule {
  return {
    ...spec,
    check: (report, context) => {
      if (!spec.editions.includes(report.edition)) return [];
      const findings: Finding[] = [];
      for (const row of spec.rows) {
        const a = readValueAt(context, row.first);
        const b = readValueAt(context, row.second);
        if (a === null || b === null) {
          const blanks = [a === null ? row.first : null, b === null ? row.second : null].filter((p) => p !== null);
          findings.push(reportBlanks(spec.statement(row), [row.first, row.second], blanks));
          continue;
        }
        const failure = spec.fail(row, a, b);
        if (failure) findings.push({ status: 'fail', paths: [row.first, row.second], ...failure });
      }
      return findings;
    },
  };
}
