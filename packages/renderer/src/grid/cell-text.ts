import { getCell, type CellPath, type Report } from '@disclosure/core';

/**
 * A cell as it is to be printed: its printed text when the model kept one (placeholders such as `/` or `—`,
 * money such as `7545.00`, `251000元`), `''` for `null` (a blank), otherwise the number as JavaScript writes it,
 * which keeps every decimal the model holds.
 */
export function cellText(report: Report, path: CellPath): string {
  const printed = report.printed?.[path];
  if (printed !== undefined) return printed;
  const value = getCell(report, path);
  return value === null || value === undefined ? '' : String(value);
}
