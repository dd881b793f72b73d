import type { Report } from '../model/report.ts';
import { getShape, type ReportShape } from '../rules/shape.ts';

// The objects on the path to the current row, by depth; reused across rows that share a prefix. No callback runs
// during a read, so one module-level array serves every call.
const path: unknown[] = [];

/**
 * Every cell of `report` in `shape` order into `into`: the number, or `NaN` for a `null` cell or one the report
 * lacks. Internal form of `readValues` for callers that already hold the shape.
 */
export function readShapeValues(report: Report, shape: ReportShape, into: Float64Array): Float64Array {
  path[0] = report.tables;
  for (const row of shape.rows) {
    let node = path[row.shared];
    for (let depth = row.shared; depth < row.keys.length; depth++) {
      node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[row.keys[depth]!] : undefined;
      path[depth + 1] = node;
    }
    const { columns, start } = row;
    // A keyed load whose key changes from cell to cell is megamorphic and slow. `for…in` over an ordinary object
    // walks V8's enum cache, which turns `cells[key]` into a direct field load; that serves when the object's keys
    // are exactly the catalogue's columns in order (as zod and the parser build them). Otherwise read by name.
    let c = 0;
    if (node !== null && typeof node === 'object') {
      const cells = node as Record<string, unknown>;
      for (const key in cells) {
        if (key !== columns[c]) {
          c = -1;
          break;
        }
        const value = cells[key];
        into[start + c] = typeof value === 'number' ? value : NaN;
        c++;
      }
    }
    if (c === columns.length) continue;
    const cells = node !== null && typeof node === 'object' ? (node as Record<string, unknown>) : undefined;
    for (c = 0; c < columns.length; c++) {
      const value = cells?.[columns[c]!];
      into[start + c] = typeof value === 'number' ? value : NaN;
    }
  }
  return into;
}

/**
 * Reads every cell of `report` into `into` in the order of `listCellPaths(report)`: the number, or `NaN` for a
 * blank (`null`) cell or one the report lacks, never 0. `into` defaults to a fresh array of the right length;
 * one passed in must be at least that long (else a `RangeError`) and is returned filled.
 */
export function readValues(report: Report, into?: Float64Array): Float64Array {
  const shape = getShape(report);
  const length = shape.entries.length;
  if (into === undefined) return readShapeValues(report, shape, new Float64Array(length));
  if (into.length < length) throw new RangeError(`readValues needs an array of at least ${length} values, got ${into.length}`);
  return readShapeValues(report, shape, into);
}
