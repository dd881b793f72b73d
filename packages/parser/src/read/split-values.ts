import type { ColumnEntry } from '@disclosure/core/lite';
import { exactDigits, type ValueToken } from './tokens.ts';

/** The cells of one row under one reading: a number, or `null` for a placeholder printed in the cell. */
export type RowCells = readonly (number | null)[];

/**
 * A check on a row's cells while they are being cut: called with the cells so far each time one is added;
 * `false` rejects every reading that starts so. Rows use it for their own identities (a row total, table 4's
 * group totals), so impossible cuts are dropped as early as possible.
 */
export type PrefixCheck = (cells: readonly (number | null)[]) => boolean;

/** Every reading of a row's printed values, and whether the enumeration finished within its budget. */
export interface RowSplits {
  readonly candidates: readonly RowCells[];
  /** False when the budget ran out: the list is then partial and proves nothing. */
  readonly complete: boolean;
  /** True when `check` ruled out a reading the print alone allows. */
  readonly pruned: boolean;
}

/** Steps one row's enumeration may take; a row needing more is left unread rather than guessed. */
const stepBudget = 200_000;

/** Readings kept at most: more than this many readings of one row never become unique under the identities. */
const candidateBudget = 5_000;

/** The printed number shapes a part of a run may take in a column, by the column's unit. */
function partPattern(unit: ColumnEntry['unit']): RegExp {
  switch (unit) {
    case 'count':
      return /^(?:0|[1-9]\d*)$/u;
    case 'signedCount':
      return /^-?(?:0|[1-9]\d*)$/u;
    default:
      return /^(?:0|[1-9]\d*)(?:\.\d+)?$/u;
  }
}

/**
 * Every way the printed values of a row fill its columns, left to right. A value token that is a run of digits
 * whose cell separators were lost (`640020470`) may fill several neighbouring cells; any other token fills one.
 * A part of a run never has a leading zero, a sign only where the column may be negative and at the run's
 * start, a decimal point only in a money column. `check` prunes readings that break the row's own identities.
 *
 * This is the candidate generator of the reader: it decides nothing, it lists what the print allows.
 */
export function splitValues(tokens: readonly ValueToken[], columns: readonly ColumnEntry[], check: PrefixCheck = () => true): RowSplits {
  const width = columns.length;
  const patterns = columns.map((column) => partPattern(column.unit));
  const candidates: RowCells[] = [];
  const cells: (number | null)[] = [];
  let steps = 0;
  let complete = true;
  let pruned = false;
  // The fewest and most cells the tokens from i on can fill.
  const least: number[] = new Array<number>(tokens.length + 1).fill(0);
  const most: number[] = new Array<number>(tokens.length + 1).fill(0);
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i]!;
    least[i] = least[i + 1]! + 1;
    most[i] = most[i + 1]! + (token.run ? token.printed.replace(/[^\d]/gu, '').length : 1);
  }

  const push = (value: number | null): boolean => {
    cells.push(value);
    if (check(cells)) return true;
    pruned = true;
    cells.pop();
    return false;
  };

  const walkToken = (i: number): void => {
    if (!complete) return;
    if (++steps > stepBudget || candidates.length >= candidateBudget) {
      complete = false;
      return;
    }
    const left = width - cells.length;
    if (i === tokens.length) {
      if (left === 0) candidates.push([...cells]);
      return;
    }
    if (left < least[i]! || left > most[i]!) return;
    const token = tokens[i]!;
    if (!token.run) {
      if (push(token.value)) {
        walkToken(i + 1);
        cells.pop();
      }
      return;
    }
    walkRun(i, token.printed, 0);
  };

  /** Cuts the run `text` of token i from `from` into cells. */
  const walkRun = (i: number, text: string, from: number): void => {
    if (!complete) return;
    if (from === text.length) {
      walkToken(i + 1);
      return;
    }
    const column = cells.length;
    if (column >= width) return;
    const pattern = patterns[column]!;
    for (let end = from + 1; end <= text.length; end++) {
      if (++steps > stepBudget) {
        complete = false;
        return;
      }
      const part = text.slice(from, end);
      if (part.replace(/\D/gu, '').length > exactDigits) break;
      if (part === '-' || part.endsWith('.')) continue;
      if (!pattern.test(part)) {
        // A longer part only adds digits to a leading zero or a second point: nothing further can fit.
        if (/^-?0\d/u.test(part) || /\..*\./u.test(part) || (part.includes('.') && !pattern.test('0.0')) || (part.startsWith('-') && !pattern.test('-1'))) break;
        continue;
      }
      if (push(Number(part))) {
        walkRun(i, text, end);
        cells.pop();
      }
    }
  };

  walkToken(0);
  return { candidates, complete, pruned };
}

/** A number as a run of digits may hold it, in any column: a sign only first, a decimal point inside. */
const anyNumber = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/u;

/**
 * Whether the printed values could also be fewer than `width` numbers: true when the cuts that fill every
 * column are not the only reading, because a blank cell that printed nothing (a crawler drops empty cells with
 * their separators) would leave a shorter print of the same digits. `000` cannot be fewer than three numbers;
 * `640020470` can be one. A reading that fills every column is then proven only by identities over the table.
 */
export function admitsFewerCells(tokens: readonly ValueToken[], width: number): boolean {
  // Every count of numbers the tokens can be read as: a set of totals, built token by token.
  let counts = new Set<number>([0]);
  for (const token of tokens) {
    const parts = token.run ? partCounts(token.printed) : new Set([1]);
    const next = new Set<number>();
    for (const count of counts) for (const part of parts) if (count + part < width + 1) next.add(count + part);
    counts = next;
  }
  return [...counts].some((count) => count < width);
}

/** How many numbers a run of digits can be cut into, each a valid number. */
function partCounts(text: string): Set<number> {
  const reach: Set<number>[] = Array.from({ length: text.length + 1 }, () => new Set<number>());
  reach[0]!.add(0);
  for (let from = 0; from < text.length; from++) {
    if (reach[from]!.size === 0) continue;
    for (let end = from + 1; end <= text.length; end++) {
      if (!anyNumber.test(text.slice(from, end))) continue;
      for (const count of reach[from]!) reach[end]!.add(count + 1);
    }
  }
  return reach[text.length]!;
}
