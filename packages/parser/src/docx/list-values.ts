/** Highest list level Word defines (`w:ilvl` 0 … 8). */
const maxListLevel = 8;

/** A list level (`w:ilvl`) as a number 0 … 8; `undefined` when absent or outside that range. */
export function readListLevel(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*\d{1,2}\s*$/u.test(value)) return undefined;
  const level = Number(value);
  return level <= maxListLevel ? level : undefined;
}

/**
 * A list counter start (`w:start`, `w:startOverride`) as a non-negative integer; `fallback` when absent, not a
 * number, or past `Number.MAX_SAFE_INTEGER` (where counting on would repeat numbers).
 */
export function readCounter(value: string | undefined, fallback: number): number {
  if (value === undefined || !/^\s*\d{1,16}\s*$/u.test(value)) return fallback;
  const counter = Number(value);
  return Number.isSafeInteger(counter) ? counter : fallback;
}
