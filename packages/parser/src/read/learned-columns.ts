import type { ColumnEntry } from '@disclosure/core/lite';
import type { ValueToken } from './tokens.ts';

/** Where a value stands across the row: its grid column, or the middle of its box on a PDF page. */
function positionOf(token: ValueToken): number | null {
  if (token.column !== undefined) return token.column;
  if (token.x) return (token.x[0] + token.x[1]) / 2;
  return null;
}

/** Column positions learned from rows that print every cell: the median position of each column's values. */
export type LearnedColumns = ReadonlyMap<readonly ColumnEntry[], readonly number[]>;

function median(values: number[]): number {
  values.sort((a, b) => a - b);
  const middle = values.length >> 1;
  return values.length % 2 ? values[middle]! : (values[middle - 1]! + values[middle]!) / 2;
}

/**
 * Learns where each column's values stand from the complete rows of a table. Tables whose rows leave cells blank
 * (a PDF prints nothing there) are then read by position instead of by count.
 */
export function learnColumns(rows: ReadonlyArray<{ columns: readonly ColumnEntry[]; cells: readonly (ValueToken | null)[] }>): LearnedColumns {
  const samples = new Map<readonly ColumnEntry[], number[][]>();
  for (const { columns, cells } of rows) {
    const positions = cells.map((token) => (token && token.printed !== '' ? positionOf(token) : null));
    if (positions.some((position) => position === null)) continue;
    const lists = samples.get(columns) ?? columns.map(() => []);
    positions.forEach((position, i) => lists[i]!.push(position!));
    samples.set(columns, lists);
  }
  const learned = new Map<readonly ColumnEntry[], number[]>();
  for (const [columns, lists] of samples) learned.set(columns, lists.map(median));
  return learned;
}

/**
 * Places the values of an incomplete row under the learned columns: each value goes to the nearest column
 * centre, within half the distance to the neighbouring column. `null` when any value is not clearly under one
 * column, or two values fall under the same column: such a row is ambiguous and is not guessed.
 */
export function placeByLearnedColumns(values: readonly ValueToken[], centres: readonly number[]): (ValueToken | null)[] | null {
  const cells: (ValueToken | null)[] = centres.map(() => null);
  for (const token of values) {
    const position = positionOf(token);
    if (position === null) return null;
    let best = -1;
    let distance = Number.POSITIVE_INFINITY;
    centres.forEach((centre, i) => {
      if (Math.abs(centre - position) < distance) {
        distance = Math.abs(centre - position);
        best = i;
      }
    });
    const neighbour = Math.min(
      ...centres.filter((_, i) => i !== best).map((centre) => Math.abs(centre - centres[best]!)),
    );
    if (best < 0 || distance > neighbour / 2 || cells[best]) return null;
    cells[best] = token;
  }
  return cells;
}
