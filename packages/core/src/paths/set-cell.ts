import type { Cell } from '../model/cell.ts';
import type { Report } from '../model/report.ts';
import type { CellPath } from './cell-path.ts';
import { pathKeys } from './get-cell.ts';

/** Thrown by `setCell` for a path that names no cell of the report: a programmer error, not a data problem. */
export class UnknownCellPathError extends Error {
  readonly code = 'UNKNOWN_CELL_PATH';
  constructor(readonly path: CellPath) {
    super(`No cell at path "${path}" in this report`);
    this.name = 'UnknownCellPathError';
  }
}

/** Sets the cell at `path` in place and returns the report; with `printed`, records what was printed there. */
export function setCell<R extends Report>(report: R, path: CellPath, value: Cell, printed?: string): R {
  const keys = pathKeys(path);
  const last = keys.length - 1;
  let node: unknown = report.tables;
  for (let i = 0; i < last; i++) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, keys[i]!)) throw new UnknownCellPathError(path);
    node = (node as Record<string, unknown>)[keys[i]!];
  }
  if (typeof node !== 'object' || node === null || !Object.hasOwn(node, keys[last]!)) throw new UnknownCellPathError(path);
  const cell = (node as Record<string, unknown>)[keys[last]!];
  if (typeof cell !== 'number' && cell !== null) throw new UnknownCellPathError(path);
  (node as Record<string, unknown>)[keys[last]!] = value;
  if (printed !== undefined) (report.printed ??= {})[path] = printed;
  else if (report.printed && path in report.printed) delete report.printed[path];
  return report;
}
