import type { Cell } from '../model/cell.ts';
import type { Report } from '../model/report.ts';
import type { CellPath } from './cell-path.ts';
import { getCell, pathKeys } from './get-cell.ts';

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
  if (getCell(report, path) === undefined) throw new UnknownCellPathError(path);
  const keys = pathKeys(path);
  const last = keys.at(-1)!;
  let node = report.tables as unknown as Record<string, unknown>;
  for (let i = 0; i < keys.length - 1; i++) node = node[keys[i]!] as Record<string, unknown>;
  node[last] = value;
  if (printed !== undefined) (report.printed ??= {})[path] = printed;
  else if (report.printed && path in report.printed) delete report.printed[path];
  return report;
}
