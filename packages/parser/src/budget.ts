import { ParseError } from './errors.ts';

/** Default for `timeoutMs`: 30 s of wall-clock time for one document. */
export const defaultTimeoutMs = 30_000;
/**
 * Default for `maxSteps`: 50 million units of work (a unit is one tag, node, line, table cell, DOCX run, Word 97 or
 * PDF character, or numbering step read).
 */
export const defaultMaxSteps = 50_000_000;

/** The clock is read once every this many steps: `performance.now()` costs more than a counter. */
const clockEvery = 1024;

/** Limits of one parse. */
export interface BudgetLimits {
  /** Wall-clock milliseconds before `TIMEOUT`. Default `defaultTimeoutMs` (30 s); `Infinity` for none. */
  readonly timeoutMs?: number | undefined;
  /** Units of work before `TOO_COMPLEX`. Default `defaultMaxSteps` (50 million); `Infinity` for none. */
  readonly maxSteps?: number | undefined;
}

function checkLimit(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || Number.isNaN(value) || value <= 0) {
    throw new TypeError(`parse: ${name} must be a positive number (or Infinity), not ${String(value)}`);
  }
  return value;
}

/** A deadline and a work counter for one parse: `spend` throws `TIMEOUT` or `TOO_COMPLEX` once either runs out. */
export class Budget {
  readonly timeoutMs: number;
  readonly maxSteps: number;
  private deadline: number;
  private steps = 0;
  private nextClock = clockEvery;

  constructor(limits: BudgetLimits = {}, private readonly now: () => number = () => performance.now()) {
    this.timeoutMs = checkLimit('timeoutMs', limits.timeoutMs, defaultTimeoutMs);
    this.maxSteps = checkLimit('maxSteps', limits.maxSteps, defaultMaxSteps);
    this.deadline = now() + this.timeoutMs;
  }

  /** The units of work counted so far. */
  get spent(): number {
    return this.steps;
  }

  /** Moves the deadline `ms` later: time spent on work the budget does not count (an OCR engine's, by default). */
  extend(ms: number): void {
    this.deadline += ms;
  }

  /** Counts `units` of work (default 1); reads the clock every 1 024 units, and always when `units` is 0. */
  spend(units = 1): void {
    this.steps += units;
    if (this.steps > this.maxSteps) {
      throw new ParseError('TOO_COMPLEX', `The document needs more than ${this.maxSteps} steps to read (maxSteps)`);
    }
    if (units !== 0 && this.steps < this.nextClock) return;
    this.nextClock = this.steps + clockEvery;
    if (this.now() > this.deadline) {
      throw new ParseError('TIMEOUT', `The document was not read within ${this.timeoutMs} ms (timeoutMs)`);
    }
  }
}

// The budget of the synchronous read under way. A read never yields while it is set (see `runWithin`), so two
// parses cannot see each other's budget even when their promises interleave.
let current: Budget | undefined;

/**
 * Runs the synchronous `read` with `budget` as the one `spendBudget` charges, and checks the clock after it.
 * Nested calls keep the outer budget's place. Without a budget (`undefined`), just runs `read`.
 */
export function runWithin<T>(budget: Budget | undefined, read: () => T): T {
  if (!budget) return read();
  const outer = current;
  current = budget;
  try {
    const result = read();
    budget.spend(0);
    return result;
  } finally {
    current = outer;
  }
}

/**
 * Charges `units` of work (default 1) to the read under way; a no-op outside `parse`. Loops whose length the
 * input controls call it once per pass, so that no document can run without bound.
 */
export function spendBudget(units = 1): void {
  current?.spend(units);
}

/**
 * The budget of the read under way (`undefined` outside `parse`), for a reader that awaits (PDFium loads
 * asynchronously) to take across the `await` and run its synchronous work `runWithin` it again.
 */
export function currentBudget(): Budget | undefined {
  return current;
}

/**
 * Charges a hot loop to the read under way, 1 024 passes at a time: call it once a pass with a count that grows by
 * one (the loop's index, from 0). Every other pass costs a bit test, so a reader's inner loop stays as fast as without.
 */
export function spendEvery(pass: number): void {
  if ((pass & 1023) === 1023) current?.spend(1024);
}
