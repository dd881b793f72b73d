import { tableCatalogue } from '../catalogue/tables.ts';
import type { Edition } from '../edition.ts';
import type { Report } from '../model/report.ts';
import { cellEntries, hasSingleOtherHandlingRow, type CellEntry, type CellPath } from '../paths/cell-path.ts';

/** The three cell layouts a report can have: the two editions, and the 2021 edition with one （六） row. */
export type ShapeKey = '2019' | '2021' | '2021-single';

interface RowReader {
  readonly table: string;
  readonly keys: readonly string[];
  readonly columns: readonly string[];
  readonly start: number;
}

/** Everything about a report layout that does not depend on its figures, computed once per layout. */
export interface ReportShape {
  readonly key: ShapeKey;
  readonly edition: Edition;
  readonly singleOtherHandling: boolean;
  /** Every cell in printed order; a cell's position here is its index into `readValues`'s array. */
  readonly entries: readonly CellEntry[];
  readonly paths: readonly CellPath[];
  readonly index: ReadonlyMap<CellPath, number>;
  readonly rows: readonly RowReader[];
  /** Where each table's cells start and end (exclusive) in `entries`. */
  readonly ranges: Readonly<Record<'activeDisclosure' | 'applications' | 'reviewAndLitigation', readonly [number, number]>>;
  /** Per-shape memo for the rules (compiled equations and the like), keyed by rule ID. */
  readonly memo: Map<string, unknown>;
}

function buildShape(key: ShapeKey): ReportShape {
  const edition: Edition = key === '2019' ? '2019' : '2021';
  const single = key === '2021-single';
  // cellEntries reads the layout from a report; a stand-in with one （六） row is enough to select it.
  const layout = single ? ({ edition, tables: { applications: { otherHandling: { naturalPerson: null } } } } as unknown as Report) : edition;
  const entries = cellEntries(layout);
  const rows: RowReader[] = [];
  entries.forEach((entry, i) => {
    const last = rows.at(-1);
    if (last && last.table === entry.table.key && last.keys.join('.') === entry.row.path && i === last.start + last.columns.length) {
      (last.columns as string[]).push(entry.column.key);
    } else {
      rows.push({ table: entry.table.key, keys: entry.row.path.split('.'), columns: [entry.column.key], start: i });
    }
  });
  const paths = entries.map((entry) => entry.path);
  const range = (table: string): [number, number] => {
    const start = entries.findIndex((entry) => entry.table.key === table);
    return [start, start + entries.filter((entry) => entry.table.key === table).length];
  };
  return {
    key,
    edition,
    singleOtherHandling: single,
    entries,
    paths,
    index: new Map(paths.map((path, i) => [path, i])),
    rows,
    ranges: { activeDisclosure: range('activeDisclosure'), applications: range('applications'), reviewAndLitigation: range('reviewAndLitigation') },
    memo: new Map(),
  };
}

const shapes = new Map<ShapeKey, ReportShape>();

/** The layout of one edition, or of `report`'s own layout. */
export function shapeOf(of: Report | ShapeKey): ReportShape {
  const key: ShapeKey = typeof of === 'string' ? of : of.edition === '2019' ? '2019' : hasSingleOtherHandlingRow(of) ? '2021-single' : '2021';
  let shape = shapes.get(key);
  if (!shape) shapes.set(key, (shape = buildShape(key)));
  return shape;
}

/**
 * Every cell of `report` in `shape` order into `into` (a fresh array when omitted): the number, or `NaN` for a
 * `null` cell or one the report lacks.
 */
export function readValues(report: Report, shape: ReportShape, into: Float64Array = new Float64Array(shape.entries.length)): Float64Array {
  const tables = report.tables as unknown as Record<string, Record<string, unknown> | undefined>;
  for (const row of shape.rows) {
    let node: unknown = tables[row.table];
    for (const key of row.keys) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
    const cells = node !== null && typeof node === 'object' ? (node as Record<string, unknown>) : undefined;
    for (let c = 0; c < row.columns.length; c++) {
      const value = cells?.[row.columns[c]!];
      into[row.start + c] = typeof value === 'number' ? value : NaN;
    }
  }
  return into;
}
