import type { ColumnUnit } from './types.ts';

/** True when `value` can stand in a column of `unit`: counts are whole numbers, and only `signedCount` may be negative. */
export function fitsUnit(value: number, unit: ColumnUnit): boolean {
  const whole = unit === 'count' || unit === 'signedCount';
  return (!whole || Number.isInteger(value)) && (unit === 'signedCount' || value >= 0);
}
