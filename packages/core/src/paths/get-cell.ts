import type { Cell } from '../model/cell.ts';
import type { Report } from '../model/report.ts';
import type { CellPath } from './cell-path.ts';

const segments = new Map<CellPath, readonly string[]>();

/** A path's keys, split once: paths come from a fixed catalogue, so the cache stays small. */
export function pathKeys(path: CellPath): readonly string[] {
  let keys = segments.get(path);
  if (!keys) {
    keys = path.split('.');
    if (segments.size < 10_000) segments.set(path, keys);
  }
  return keys;
}

/** The value at `path` in `report.tables`; `undefined` when the path names no cell of this report. */
export function getCell(report: Report, path: CellPath): Cell | undefined {
  let node: unknown = report.tables;
  for (const key of pathKeys(path)) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === 'number' || node === null ? node : undefined;
}
