import type { ColumnEntry } from '@disclosure/core/lite';
import { gridOf } from './grid-of.ts';
import type { ValueToken } from './tokens.ts';

/** Where a value stands across the row: its grid column, or the middle of its box on a page (a PDF, a scan). */
function positionOf(token: ValueToken): number | null {
  if (token.column !== undefined) return token.column;
  if (token.x) return (token.x[0] + token.x[1]) / 2;
  return null;
}

/**
 * What a value's position counts in: its grid, for a grid column (two `<table>`s count their columns apart); the page,
 * for a box on a page (a table continued on the next page stands where it stood).
 */
function frameOf(token: ValueToken): string | null {
  if (token.column !== undefined) return gridOf(token.place);
  return token.x ? 'page' : null;
}

/** The frame all of `tokens` stand in; `null` for none or several. */
function sharedFrame(tokens: readonly ValueToken[]): string | null {
  const frame = tokens[0] ? frameOf(tokens[0]) : null;
  return frame !== null && tokens.every((token) => frameOf(token) === frame) ? frame : null;
}

/** Column positions learned from rows that print every cell, for each frame they count in (`frameOf`). */
export type LearnedColumns = ReadonlyMap<readonly ColumnEntry[], ReadonlyMap<string, readonly number[]>>;

function median(values: number[]): number {
  // -1, 0 or 1, not `a - b`: a page position's difference is a fraction, a number allocated at every comparison.
  values.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const middle = values.length >> 1;
  return values.length % 2 ? values[middle]! : (values[middle - 1]! + values[middle]!) / 2;
}

/**
 * Each column's median position, when the complete rows agree on where the columns stand: every position within a
 * quarter of the narrowest gap between two columns' medians. Rows that stand apart (a grid whose rows count their
 * columns from label cells of different spans) teach nothing: `null`.
 */
function agreedCentres(lists: readonly number[][]): number[] | null {
  const centres = lists.map((list) => median([...list]));
  let gap = Number.POSITIVE_INFINITY;
  for (let i = 1; i < centres.length; i++) gap = Math.min(gap, Math.abs(centres[i]! - centres[i - 1]!));
  if (!(gap > 0)) return null;
  return lists.every((list, i) => list.every((position) => Math.abs(position - centres[i]!) < gap / 4)) ? centres : null;
}

/**
 * Learns where each column's values stand from the complete rows of a table, in each frame apart. Tables whose rows
 * leave cells blank (a PDF prints nothing there) are then read by position instead of by count.
 */
export function learnColumns(rows: ReadonlyArray<{ columns: readonly ColumnEntry[]; cells: readonly (ValueToken | null)[] }>): LearnedColumns {
  const samples = new Map<readonly ColumnEntry[], Map<string, number[][]>>();
  for (const { columns, cells } of rows) {
    const printed = cells.filter((token): token is ValueToken => token !== null && token.printed !== '');
    const frame = printed.length === cells.length ? sharedFrame(printed) : null;
    if (frame === null) continue;
    const byFrame = samples.get(columns) ?? new Map<string, number[][]>();
    samples.set(columns, byFrame);
    const lists = byFrame.get(frame) ?? columns.map(() => []);
    byFrame.set(frame, lists);
    printed.forEach((token, i) => lists[i]!.push(positionOf(token)!));
  }
  const learned = new Map<readonly ColumnEntry[], Map<string, number[]>>();
  for (const [columns, byFrame] of samples) {
    const centres = new Map<string, number[]>();
    for (const [frame, lists] of byFrame) {
      const agreed = agreedCentres(lists);
      if (agreed) centres.set(frame, agreed);
    }
    learned.set(columns, centres);
  }
  return learned;
}

/**
 * The column positions learned for `columns` in the frame the values of a row stand in. In a grid, only for a row with
 * a field, empty or not, at every learned column (`fields`: the row's fields' columns): a row whose label cells span
 * otherwise counts its fields from another column, and would put each figure one column over.
 */
export function learnedCentres(
  learned: LearnedColumns,
  columns: readonly ColumnEntry[],
  values: readonly ValueToken[],
  fields: ReadonlySet<number>,
): readonly number[] | undefined {
  const frame = sharedFrame(values);
  const centres = frame === null ? undefined : learned.get(columns)?.get(frame);
  if (!centres || values[0]!.column === undefined) return centres;
  return centres.every((centre) => fields.has(centre)) ? centres : undefined;
}

/**
 * Places the values of an incomplete row under the learned columns (or the header labels' middles): each value goes
 * to the nearest column centre, within half the distance to the neighbouring column and at most half as far as from
 * any other centre. `null` when any value is not clearly under one column, or two values fall under the same column:
 * such a row is ambiguous and is not guessed. (A web page's figure stands at the left of its cell, under a label
 * centred in it: in a wide cell beside a blank one it may stand nearly as near the blank cell's label.)
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
    const others = centres.filter((_, i) => i !== best);
    const neighbour = Math.min(...others.map((centre) => Math.abs(centre - centres[best]!)));
    const second = Math.min(...others.map((centre) => Math.abs(centre - position)));
    if (best < 0 || distance > neighbour / 2 || second < 2 * distance || cells[best]) return null;
    cells[best] = token;
  }
  return cells;
}
