import { spendEvery } from '../budget.ts';
import type { RowCells } from './split-values.ts';

/** An identity over rows of a table, column by column: Σ plus rows = Σ minus rows (rows named by key). */
export interface ColumnIdentity {
  /** The rule it comes from (`T3.R1`), said in how a resolved cell was read. */
  readonly rule: string;
  readonly plus: readonly string[];
  readonly minus: readonly string[];
}

/** A row's possible readings. A row with one reading is known; with several, the identities must choose. */
export interface RowDomain {
  readonly key: string;
  readonly candidates: readonly RowCells[];
}

/** What the identities prove about one cell of a row that had several readings. */
export type SolvedCell =
  /** every reading the identities allow gives this value */
  | { readonly proven: true; readonly value: number | null; readonly excluded: readonly (number | null)[] }
  /** the allowed readings disagree, none is allowed, or the search ran out of budget */
  | { readonly proven: false; readonly candidates: readonly (number | null)[] };

/** The outcome of solving: per row key, a solved cell per column (a row of one reading is proven as read). */
export interface Solution {
  readonly rows: ReadonlyMap<string, readonly SolvedCell[]>;
  /** How many combinations of readings satisfy every identity (counted up to the search's end). */
  readonly count: number;
  /** False when the search stopped on its budget: nothing was then proven by the search. */
  readonly complete: boolean;
  /** Rules of the identities that involve a solved row. */
  readonly rules: readonly string[];
}

/** Search nodes one table may take. Real reports need a few hundred; a document needing more stays unread. */
const nodeBudget = 500_000;

interface Term {
  readonly row: number;
  readonly sign: 1 | -1;
}

/**
 * Proves cells by the table's identities: a backtracking search over the readings of the ambiguous rows, with
 * bounds propagation on every identity and column (the sum of the rows fixed so far, plus the least and most the
 * open rows can still add, must be able to reach zero). It visits every combination that satisfies all the
 * identities, so a cell is proven only when all of them give it the same value — uniqueness is shown, not assumed.
 * A `null` operand makes an identity unassessable for that column, as in `validate`: it neither prunes nor fails.
 * Stops early once every open cell has two allowed values (nothing more can be proven), or on its node budget.
 */
export function solveRows(rows: readonly RowDomain[], identities: readonly ColumnIdentity[], width: number): Solution {
  const index = new Map(rows.map((row, i) => [row.key, i]));
  const open = rows.map((row, i) => i).filter((i) => rows[i]!.candidates.length > 1);
  // An identity over a row that was not read is unassessable, as in `validate`: it neither prunes nor proves.
  const involved = identities.filter((identity) => {
    const keys = [...identity.plus, ...identity.minus];
    return keys.every((key) => index.has(key)) && keys.some((key) => open.some((i) => rows[i]!.key === key));
  });
  const equations: Term[][] = involved.map((identity) => [
    ...identity.plus.map((key) => ({ row: index.get(key)!, sign: 1 as const })),
    ...identity.minus.map((key) => ({ row: index.get(key)!, sign: -1 as const })),
  ]);
  // Bounds of each row's readings per column; NaN where a reading prints a placeholder (the column is then free).
  const low = rows.map((row) => boundsOf(row.candidates, width, Math.min));
  const high = rows.map((row) => boundsOf(row.candidates, width, Math.max));
  const choice: number[] = rows.map((row) => (row.candidates.length === 1 ? 0 : -1));
  const seen = open.map(() => Array.from({ length: width }, () => new Set<number | null>()));
  // Most constrained first: few readings, then many identities.
  const order = [...open].sort((a, b) => rows[a]!.candidates.length - rows[b]!.candidates.length);
  let nodes = 0;
  let count = 0;
  let complete = true;
  let settled = false;

  const feasible = (): boolean => {
    for (const terms of equations) {
      for (let column = 0; column < width; column++) {
        let min = 0;
        let max = 0;
        let free = false;
        for (const { row, sign } of terms) {
          const picked = choice[row]!;
          if (rows[row]!.candidates.length === 0) {
            free = true;
            break;
          }
          if (picked >= 0) {
            const value = rows[row]!.candidates[picked]![column];
            if (value === null || value === undefined) {
              free = true;
              break;
            }
            min += sign * value;
            max += sign * value;
          } else {
            const lo = low[row]![column]!;
            const hi = high[row]![column]!;
            if (Number.isNaN(lo)) {
              free = true;
              break;
            }
            if (sign > 0) {
              min += lo;
              max += hi;
            } else {
              min -= hi;
              max -= lo;
            }
          }
        }
        if (!free && (min > 1e-9 || max < -1e-9)) return false;
      }
    }
    return true;
  };

  const record = (): void => {
    count++;
    let everyCellOpen = true;
    open.forEach((row, k) => {
      const cells = rows[row]!.candidates[choice[row]!]!;
      cells.forEach((value, column) => {
        const values = seen[k]![column]!;
        values.add(value);
        if (values.size < 2) everyCellOpen = false;
      });
    });
    if (everyCellOpen) settled = true;
  };

  const search = (depth: number): void => {
    if (settled || !complete) return;
    if (++nodes > nodeBudget) {
      complete = false;
      return;
    }
    spendEvery(nodes);
    if (depth === order.length) {
      record();
      return;
    }
    const row = order[depth]!;
    for (let c = 0; c < rows[row]!.candidates.length && !settled && complete; c++) {
      choice[row] = c;
      if (feasible()) search(depth + 1);
    }
    choice[row] = -1;
  };

  if (feasible()) search(0);
  const solved = new Map<string, SolvedCell[]>();
  rows.forEach((row) => {
    if (row.candidates.length === 1) solved.set(row.key, row.candidates[0]!.map((value) => ({ proven: true, value, excluded: [] })));
  });
  open.forEach((row, k) => {
    const domain = rows[row]!.candidates;
    solved.set(
      rows[row]!.key,
      Array.from({ length: width }, (_, column): SolvedCell => {
        const all = [...new Set(domain.map((cells) => cells[column] ?? null))];
        const allowed = [...seen[k]![column]!];
        // A value every reading of the row gives is printed, whatever the identities say.
        if (all.length === 1) return { proven: true, value: all[0]!, excluded: [] };
        if (complete && !settled && allowed.length === 1) {
          return { proven: true, value: allowed[0]!, excluded: all.filter((value) => value !== allowed[0]) };
        }
        return { proven: false, candidates: allowed.length > 0 ? allowed : all };
      }),
    );
  });
  return { rows: solved, count, complete, rules: [...new Set(involved.map((identity) => identity.rule))] };
}

function boundsOf(candidates: readonly RowCells[], width: number, pick: (...values: number[]) => number): number[] {
  return Array.from({ length: width }, (_, column) => {
    const values = candidates.map((cells) => cells[column]);
    if (values.length === 0 || values.some((value) => value === null || value === undefined)) return Number.NaN;
    return pick(...(values as number[]));
  });
}

/** Whether every identity holds, column by column, on a table's known rows (a blank operand makes it unassessable). */
export function identitiesHold(table: ReadonlyMap<string, RowCells>, identities: readonly ColumnIdentity[], width: number): boolean {
  for (const identity of identities) {
    for (let column = 0; column < width; column++) {
      let sum = 0;
      let assessable = true;
      for (const [keys, sign] of [
        [identity.plus, 1],
        [identity.minus, -1],
      ] as const) {
        for (const key of keys) {
          const value = table.get(key)?.[column];
          if (value === null || value === undefined) assessable = false;
          else sum += sign * value;
        }
      }
      if (assessable && Math.abs(sum) > 1e-9) return false;
    }
  }
  return true;
}
