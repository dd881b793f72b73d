import type { Cell } from '../model/cell.ts';
import type { Report } from '../model/report.ts';
import type { CellPath } from './cell-path.ts';

/** The value at `path` in `report.tables`; `undefined` when the path names no cell of this report. */
export function getCell(report: Report, path: CellPath): Cell | undefined {
  let node: unknown = report.tables;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === 'number' || node === null ? node : undefined;
}
