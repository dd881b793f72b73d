import type { ColumnEntry } from '@disclosure/core/lite';
import { spendEvery } from '../budget.ts';
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

/** What a part of a run may hold in a column: a sign only where the column may be negative, a point only in money. */
interface PartShape {
  readonly sign: boolean;
  readonly point: boolean;
}

function shapeOf(unit: ColumnEntry['unit']): PartShape {
  return { sign: unit === 'signedCount', point: unit === 'tenThousandYuan' || unit === 'money' };
}

/**
 * Calls `visit(end)` for every end at which `text.slice(from, end)` is a number of `shape`: no leading zero, a sign
 * only first, a point only between digits, at most `exactDigits` digits. Stops at the first end past which no
 * longer part can be a number, or when `visit` returns false.
 */
function scanParts(text: string, from: number, shape: PartShape, visit: (end: number) => boolean): void {
  const signed = text.charCodeAt(from) === 45;
  if (signed && !shape.sign) return;
  const first = signed ? from + 1 : from;
  let digits = 0;
  let point = false;
  for (let at = first; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 46) {
      // A point needs digits before it, and only one; the part ending at it is no number yet.
      if (!shape.point || point || digits === 0) return;
      point = true;
      continue;
    }
    if (code < 48 || code > 57) return;
    // `0` followed by a digit is a leading zero, whatever follows.
    if (!point && digits === 1 && text.charCodeAt(first) === 48) return;
    if (++digits > exactDigits) return;
    if (!visit(at + 1)) return;
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
  const shapes = columns.map((column) => shapeOf(column.unit));
  const candidates: RowCells[] = [];
  const cells: (number | null)[] = [];
  let steps = 0;
  let complete = true;
  let pruned = false;
  // The fewest cells each run's digits from each position on need, and the fewest and most cells the tokens from
  // i on can fill: a cut that leaves more print than columns is dropped at once, not after every cut of its prefix.
  const fewest = tokens.map((token) => (token.run ? fewestParts(token.printed) : null));
  const least: number[] = new Array<number>(tokens.length + 1).fill(0);
  const most: number[] = new Array<number>(tokens.length + 1).fill(0);
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i]!;
    least[i] = least[i + 1]! + (fewest[i]?.[0] ?? 1);
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
    if (column + fewest[i]![from]! + least[i + 1]! > width) return;
    scanParts(text, from, shapes[column]!, (end) => {
      if (++steps > stepBudget) {
        complete = false;
        return false;
      }
      if (push(Number(text.slice(from, end)))) {
        walkRun(i, text, end);
        cells.pop();
      }
      return complete;
    });
  };

  walkToken(0);
  return { candidates, complete, pruned };
}

/** A number as a run of digits may hold it, in any column: a sign only first, a decimal point inside. */
const anyNumber: PartShape = { sign: true, point: true };

/**
 * For each position of a run, the fewest numbers its text from there on can be cut into, in any column (more than
 * the text's length where no cut works, as past a `0` that only a leading zero could follow). A bound: a column
 * allows no more than {@link anyNumber} does.
 */
function fewestParts(text: string): Int32Array {
  const fewest = new Int32Array(text.length + 1).fill(text.length + 1);
  fewest[text.length] = 0;
  for (let from = text.length - 1; from >= 0; from--) {
    spendEvery(from);
    scanParts(text, from, anyNumber, (end) => {
      if (fewest[end]! + 1 < fewest[from]!) fewest[from] = fewest[end]! + 1;
      return true;
    });
  }
  return fewest;
}

/**
 * Whether the printed values could also be fewer than `width` numbers: true when the cuts that fill every
 * column are not the only reading, because a blank cell that printed nothing (a crawler drops empty cells with
 * their separators) would leave a shorter print of the same digits. `000` cannot be fewer than three numbers;
 * `640020470` can be one. A reading that fills every column is then proven only by identities over the table.
 * As in `splitValues`, no part holds more than `exactDigits` digits.
 */
export function admitsFewerCells(tokens: readonly ValueToken[], width: number): boolean {
  // Every count of numbers up to `width` the tokens can be read as, as bits (bit k: k numbers), token by token.
  // Rows are at most 15 cells wide (table 4), well inside the 30 bits kept.
  const limit = Math.min(width, 30);
  const mask = 2 ** (limit + 1) - 1;
  let counts = 1;
  for (const token of tokens) {
    const parts = token.run ? partCounts(token.printed, limit) : 0b10;
    let next = 0;
    for (let part = 0; part <= limit; part++) if (parts & (1 << part)) next |= (counts << part) & mask;
    counts = next;
  }
  return (counts & ((1 << limit) - 1)) !== 0;
}

/** How many numbers (up to `limit`, as bits) a run of digits can be cut into, each a valid number. */
function partCounts(text: string, limit: number): number {
  const mask = 2 ** (limit + 1) - 1;
  const reach = new Int32Array(text.length + 1);
  reach[0] = 1;
  for (let from = 0; from < text.length; from++) {
    spendEvery(from);
    const counts = reach[from]!;
    if (counts === 0) continue;
    scanParts(text, from, anyNumber, (end) => {
      reach[end] = reach[end]! | ((counts << 1) & mask);
      return true;
    });
  }
  return reach[text.length]!;
}
