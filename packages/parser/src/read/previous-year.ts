import { applicantColumns, getCell, type CellPath, type Report } from '@disclosure/core/lite';
import type { StatedCell } from './stated-cells.ts';

/**
 * What last year's report of the same body states for this year's table 3: its 结转下年度继续办理 row, cell by
 * cell, is this year's 二、上年结转 (the continuity rule XY.R1). Cells `previous` leaves blank state nothing.
 */
export function findCarriedOver(previous: Report): Map<CellPath, StatedCell> {
  const stated = new Map<CellPath, StatedCell>();
  for (const column of applicantColumns) {
    const value = getCell(previous, `applications.carriedForwardToNextYear.${column.key}`);
    if (typeof value === 'number') stated.set(`applications.carriedOverFromLastYear.${column.key}`, { values: [value], by: 'previousYear' });
  }
  return stated;
}
