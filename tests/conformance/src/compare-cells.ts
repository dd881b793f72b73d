import { listCellPaths, getCell, type Diagnostic, type Report } from '@disclosure/core';

/**
 * How one cell of a parsed report compares with the expected report:
 * - `exact`: the printed number;
 * - `blank-exact`: printed blank (or a placeholder) and read as blank — a `null` the parse counts as read;
 * - `unread-with-diagnostic`: left `null`, unread, and a `parser/…` diagnostic names the cell — whether the document
 *   prints a number there or a blank the reader could not tell apart from its neighbours' numbers;
 * - `unread-without-diagnostic`: left `null` silently — the reader hides that it is incomplete;
 * - `wrong`: any other number than the printed one, or a number where the document prints none.
 */
export type CellOutcome = 'exact' | 'blank-exact' | 'unread-with-diagnostic' | 'unread-without-diagnostic' | 'wrong';

/** Every outcome, best first: the order the measure table prints. */
export const cellOutcomes: readonly CellOutcome[] = [
  'exact',
  'blank-exact',
  'unread-with-diagnostic',
  'unread-without-diagnostic',
  'wrong',
];

/** One cell's outcome with both values. */
export interface CellVerdict {
  readonly path: string;
  readonly outcome: CellOutcome;
  readonly expected: number | null;
  readonly actual: number | null;
}

/** The verdict on every cell of the expected report's shape, and the count of each outcome. */
export interface CellComparison {
  readonly verdicts: readonly CellVerdict[];
  readonly counts: Readonly<Record<CellOutcome, number>>;
}

/**
 * Compares a parsed report with the expected one cell by cell, over the expected report's shape (its edition and
 * its （六） rows). A cell the parsed report lacks (another edition or shape) counts as `null`. A `null` where the
 * document prints a blank is blank-exact only when the parse counts it read (not in `unread`, its coverage's
 * unread paths). Only reader diagnostics (rule `parser/…`) excuse an unread cell, as in the parser's corpus test.
 */
export function compareCells(
  expected: Report,
  parsed: Report,
  diagnostics: ReadonlyArray<Pick<Diagnostic, 'rule' | 'paths'>>,
  unread: ReadonlySet<string> = new Set(),
): CellComparison {
  const named = new Set(diagnostics.filter((d) => d.rule.startsWith('parser/')).flatMap((d) => d.paths));
  const counts: Record<CellOutcome, number> = {
    exact: 0,
    'blank-exact': 0,
    'unread-with-diagnostic': 0,
    'unread-without-diagnostic': 0,
    wrong: 0,
  };
  const verdicts = listCellPaths(expected).map((path): CellVerdict => {
    const want = getCell(expected, path) ?? null;
    const got = getCell(parsed, path) ?? null;
    const outcome: CellOutcome =
      got !== null
        ? got === want
          ? 'exact'
          : 'wrong'
        : want === null && !unread.has(path)
          ? 'blank-exact'
          : named.has(path)
            ? 'unread-with-diagnostic'
            : 'unread-without-diagnostic';
    counts[outcome]++;
    return { path, outcome, expected: want, actual: got };
  });
  return { verdicts, counts };
}
