import type { SolvedCell } from './solve-rows.ts';
import type { RowCells } from './split-values.ts';

/**
 * A row's cells solved on the print alone (`byPrint`), with those it leaves open taken from the same row solved again
 * on only the readings that agree with figures stated outside the table (`byStated`: the prose, last year's report).
 * A cell the print proves keeps its proof; one only the stated figures settle records what they ruled out, among every
 * reading the print allows (`candidates`); one still open lists the readings they leave. `stated[i]` says the stated
 * figures settled cell `i`.
 */
export function settleByStated(
  byPrint: readonly SolvedCell[],
  byStated: readonly SolvedCell[] | undefined,
  candidates: readonly RowCells[],
): { cells: SolvedCell[]; stated: boolean[] } {
  const stated = byPrint.map(() => false);
  const cells = byPrint.map((cell, i): SolvedCell => {
    const settled = byStated?.[i];
    if (cell.proven || !settled) return cell;
    // still open: the readings the stated figures leave are its candidates
    if (!settled.proven) return settled;
    stated[i] = true;
    const excluded = [...new Set(candidates.map((reading) => reading[i] ?? null))].filter((value) => value !== settled.value);
    return { ...settled, excluded };
  });
  return { cells, stated };
}
