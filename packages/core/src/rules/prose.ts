import type { CellPath } from '../paths/cell-path.ts';
import type { Finding } from './types.ts';

/** A figure stated in the prose: the number and the phrase it was read from. */
export interface Stated {
  readonly value: number;
  readonly phrase: string;
  /** Where the phrase ends in the searched text. */
  readonly end: number;
}

/** Every match of the global `pattern` whose first capture group is the figure. */
export function statedFigures(text: string, pattern: RegExp): Stated[] {
  const found: Stated[] = [];
  for (const match of text.matchAll(pattern)) {
    const value = Number(match[1]);
    if (Number.isFinite(value)) found.push({ value, phrase: match[0], end: (match.index ?? 0) + match[0].length });
  }
  return found;
}

/**
 * The finding when the prose disagrees with a table figure. Conservative: nothing when the table value is
 * blank, when the prose states nothing, or when any statement agrees (the prose may state a figure twice, once
 * for a sub-total).
 */
export function disagreement(
  stated: readonly Stated[],
  table: number | null,
  paths: readonly CellPath[],
  what: { zh: string; en: string },
): Finding | null {
  if (table === null || stated.length === 0 || stated.some((s) => s.value === table)) return null;
  const first = stated[0]!;
  return {
    status: 'fail',
    message: `正文“${first.phrase}”与${what.zh}不符：正文为 ${first.value}，表中为 ${table}`,
    messageEn: `The text “${first.phrase}” disagrees with ${what.en}: text ${first.value}, table ${table}`,
    paths,
    expected: table,
    actual: first.value,
  };
}

/** The sum of `cells`, or `null` if any is blank. */
export function sumOf(...cells: readonly (number | null | undefined)[]): number | null {
  let sum = 0;
  for (const cell of cells) {
    if (cell === null || cell === undefined) return null;
    sum += cell;
  }
  return sum;
}
