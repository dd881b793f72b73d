import type { ReadRow } from './read-rows.ts';

/** The numbers of one row, in column order; `null` for a cell not printed. */
export type RowValues = readonly (number | null)[];

/** An identity over rows of one column: Σ plus = Σ minus (row paths). */
export interface ColumnIdentity {
  readonly plus: readonly string[];
  readonly minus: readonly string[];
}

/** At most this many combinations of ambiguous rows are tried. */
const maxCombinations = 200_000;

/**
 * Chooses, among the possible splits of rows whose digits ran together, the one combination under which every
 * column identity whose operands are all known holds. Returns the chosen splits by row path, or `null` when no
 * combination or more than one does (the reading is then not unique, and nothing is guessed).
 */
export function resolveRuns(
  known: ReadonlyMap<string, RowValues>,
  runs: ReadonlyArray<{ readonly row: ReadRow; readonly candidates: readonly number[][] }>,
  identities: readonly ColumnIdentity[],
  width: number,
): Map<string, number[]> | null {
  const total = runs.reduce((product, run) => product * run.candidates.length, 1);
  if (runs.length === 0 || total === 0 || total > maxCombinations) return null;
  const values = new Map(known);
  const choice = new Array<number>(runs.length).fill(0);
  let found: number[] | null = null;
  for (let n = 0; n < total; n++) {
    let rest = n;
    runs.forEach((run, i) => {
      choice[i] = rest % run.candidates.length;
      rest = Math.floor(rest / run.candidates.length);
      values.set(run.row.target.path, run.candidates[choice[i]!]!);
    });
    if (holds(values, identities, width)) {
      if (found) return null;
      found = [...choice];
    }
  }
  if (!found) return null;
  return new Map(runs.map((run, i) => [run.row.target.path, run.candidates[found[i]!]!]));
}

function holds(values: ReadonlyMap<string, RowValues>, identities: readonly ColumnIdentity[], width: number): boolean {
  for (const identity of identities) {
    for (let column = 0; column < width; column++) {
      let sum = 0;
      let known = true;
      for (const path of identity.plus) {
        const value = values.get(path)?.[column];
        if (value === undefined || value === null) known = false;
        else sum += value;
      }
      for (const path of identity.minus) {
        const value = values.get(path)?.[column];
        if (value === undefined || value === null) known = false;
        else sum -= value;
      }
      if (known && sum !== 0) return false;
    }
  }
  return true;
}
