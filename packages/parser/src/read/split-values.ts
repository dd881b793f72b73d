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

/**
 * `splitValues` for a row whose last column is the sum of the others (table 3's 总计, T3.R3), within the same budget:
 * the total is taken first — the last value, or each number the end of the last run of digits may be — and the other
 * columns are then cut from what is left only while their sum stays within it. The readings are those `splitValues`
 * with the row's identity gives, in the same order; a long run (a city's row, `64813068371910793333592`) no longer
 * spends the budget on cuts whose first cells already pass the total.
 */
export function splitSummedRow(tokens: readonly ValueToken[], columns: readonly ColumnEntry[], holds: PrefixCheck): RowSplits {
  const last = tokens.at(-1);
  const plain = columns.every((column) => !shapeOf(column.unit).sign && !shapeOf(column.unit).point);
  // a placeholder leaves the identity unassessable (every cut stands, as `holds` says); a value no count is left to it too
  const count = (token: ValueToken) => token.run || (token.value !== null && token.value >= 0 && Number.isInteger(token.value));
  if (!last || columns.length < 2 || !plain || !tokens.every(count)) return splitValues(tokens, columns, holds);
  const steps = { left: stepBudget };
  const candidates: RowCells[] = [];
  let pruned = false;
  // the total and the tokens left for the other cells: the last value whole, or each end of the last run that is a count
  const text = last.printed;
  const totals = last.run
    ? [...suffixNumbers(text, countShape)].map((length) => ({ total: Number(text.slice(text.length - length)), rest: text.length === length ? tokens.slice(0, -1) : [...tokens.slice(0, -1), { ...last, printed: text.slice(0, text.length - length) }] }))
    : [{ total: last.value!, rest: tokens.slice(0, -1) }];
  for (const { total, rest } of totals) {
    // A number is its digits' sum modulo 9, so the cells' sum is the rest's digit sum modulo 9 however it is cut:
    // a total that differs there has no cut, and most of a long run's ends are ruled out before any search.
    const cut = total % 9 === digitSum(rest) % 9 ? cutsSumming(rest, columns.length - 1, total, steps) : { cuts: [], ruledOut: true };
    if (cut === null) return { candidates, complete: false, pruned: true };
    candidates.push(...cut.cuts.map((cells) => [...cells, total]));
    pruned ||= cut.ruledOut || cut.cuts.length === 0 || totals.length > 1;
    if (candidates.length >= candidateBudget) return { candidates, complete: false, pruned: true };
  }
  // the order `splitValues` gives: each cell as short as it can be, the first cell first
  const lengths = (cells: RowCells) => cells.map((value) => String(value).length);
  candidates.sort((a, b) => {
    const [x, y] = [lengths(a), lengths(b)];
    const at = x.findIndex((length, i) => length !== y[i]);
    return at < 0 ? 0 : x[at]! - y[at]!;
  });
  // the check decided where some reading of the print as a whole row was ruled out
  const readable = (numberCounts(tokens, columns.length) & (1 << columns.length)) !== 0;
  return { candidates, complete: true, pruned: readable && (pruned || candidates.length === 0) };
}

/** What a part of a count may hold: digits only. */
const countShape: PartShape = { sign: false, point: false };

/** The sum of the digits the tokens print. */
function digitSum(tokens: readonly ValueToken[]): number {
  let sum = 0;
  for (const token of tokens) for (const char of token.printed) if (char >= '0' && char <= '9') sum += char.charCodeAt(0) - 48;
  return sum;
}

/** The lengths of the ends of a run of digits that are numbers of `shape` (no leading zero), shortest first. */
function* suffixNumbers(text: string, shape: PartShape): Generator<number> {
  for (let from = text.length - 1; from >= 0; from--) {
    let whole = false;
    scanParts(text, from, shape, (end) => {
      whole = end === text.length;
      return !whole;
    });
    if (whole) yield text.length - from;
  }
}

/**
 * Every way `tokens` (runs of digits and single numbers, no placeholder) fill `width` cells of counts that sum to
 * `total`, in `splitValues`' order; `null` when `steps` run out. Each cell is at most what the total leaves, so has at
 * most that many digits; a position from which no way was found is remembered with what it had left, so the search
 * never walks the same dead end twice.
 */
function cutsSumming(tokens: readonly ValueToken[], width: number, total: number, steps: { left: number }): { cuts: RowCells[]; ruledOut: boolean } | null {
  /** The digits the tokens from i on print. */
  const after = new Array<number>(tokens.length + 1).fill(0);
  for (let i = tokens.length - 1; i >= 0; i--) after[i] = after[i + 1]! + (tokens[i]!.run ? tokens[i]!.printed.length : 1);
  const dead = new Set<string>();
  const out: RowCells[] = [];
  const cells: number[] = [];
  let exhausted = false;
  /** Whether the sum ruled out a cut the print allows (`RowSplits.pruned`). */
  let ruledOut = false;
  const walk = (i: number, from: number, left: number): boolean => {
    if (--steps.left < 0) {
      exhausted = true;
      return false;
    }
    const cellsLeft = width - cells.length;
    if (i === tokens.length) {
      if (cellsLeft !== 0 || left !== 0) {
        ruledOut ||= cellsLeft === 0;
        return false;
      }
      out.push([...cells]);
      return true;
    }
    const token = tokens[i]!;
    const digitsLeft = (token.run ? token.printed.length - from : 1) + after[i + 1]!;
    if (cellsLeft === 0 || digitsLeft < cellsLeft) return false;
    if (digitsLeft > cellsLeft * String(left).length) {
      ruledOut = true;
      return false;
    }
    /** Whether the print from here on could fill the cells left after one more, by count alone. */
    const fits = (digitsAfter: number) => (cellsLeft === 1 ? digitsAfter === 0 : digitsAfter >= cellsLeft - 1);
    const key = `${i} ${from} ${cells.length} ${left}`;
    if (dead.has(key)) return false;
    let found = false;
    if (!token.run) {
      if (token.value! > left) ruledOut ||= fits(after[i + 1]!);
      else {
        cells.push(token.value!);
        found = walk(i + 1, 0, left - token.value!);
        cells.pop();
      }
    } else {
      scanParts(token.printed, from, countShape, (end) => {
        const value = Number(token.printed.slice(from, end));
        if (value > left) {
          ruledOut ||= fits(token.printed.length - end + after[i + 1]!);
          return false;
        }
        cells.push(value);
        if (end === token.printed.length ? walk(i + 1, 0, left - value) : walk(i, end, left - value)) found = true;
        cells.pop();
        return !exhausted && out.length < candidateBudget;
      });
    }
    if (!found) dead.add(key);
    return found;
  };
  walk(0, 0, total);
  return exhausted ? null : { cuts: out, ruledOut };
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
  return (numberCounts(tokens, width) & ((1 << Math.min(width, 30)) - 1)) !== 0;
}

/**
 * Every count of numbers up to `width` the tokens can be read as, as bits (bit k: k numbers), token by token.
 * Rows are at most 15 cells wide (table 4), well inside the 30 bits kept.
 */
function numberCounts(tokens: readonly ValueToken[], width: number): number {
  const limit = Math.min(width, 30);
  const mask = 2 ** (limit + 1) - 1;
  let counts = 1;
  for (const token of tokens) {
    const parts = token.run ? partCounts(token.printed, limit) : 0b10;
    let next = 0;
    for (let part = 0; part <= limit; part++) if (parts & (1 << part)) next |= (counts << part) & mask;
    counts = next;
  }
  return counts;
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
