import type { CellPath, Report } from '@disclosure/core';
import { cellText } from './cell-text.ts';
import type { GridCell } from './grid.ts';

/** The grid cell of the model cell at `path` (a full path such as `applications.granted.total`). */
export function valueCell(report: Report, path: CellPath, colSpan = 1): GridCell {
  const cell: GridCell = { kind: 'value', text: cellText(report, path), path };
  return colSpan > 1 ? { ...cell, colSpan, widened: true } : cell;
}
