import { tableCatalogue } from '../catalogue/tables.ts';
import type { Edition } from '../edition.ts';
import type { Report } from '../model/report.ts';
import { listCellEntries, hasSingleOtherHandlingRow, type CellEntry, type CellPath } from '../paths/cell-path.ts';

/** The three cell layouts a report can have: the two editions, and the 2021 edition with one （六） row. */
export type ShapeKey = '2019' | '2021' | '2021-single';

/** One printed row as `readValues` walks it. */
interface RowReader {
  /** The keys from `report.tables` down to the row: the table's, then the row path's. */
  readonly keys: readonly string[];
  /** How many leading `keys` this row shares with the row before it, whose objects the walk reuses. */
  readonly shared: number;
  readonly columns: readonly string[];
  /** The position of the row's first cell in `entries`. */
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
  // listCellEntries reads the layout from a report; a stand-in with one （六） row is enough to select it.
  const layout = single ? ({ edition, tables: { applications: { otherHandling: { naturalPerson: null } } } } as unknown as Report) : edition;
  const entries = listCellEntries(layout);
  const rows: { keys: string[]; shared: number; columns: string[]; start: number }[] = [];
  entries.forEach((entry, i) => {
    const last = rows.at(-1);
    const keys = [entry.table.key, ...entry.row.path.split('.')];
    if (last && last.keys.join('.') === keys.join('.') && i === last.start + last.columns.length) {
      last.columns.push(entry.column.key);
      return;
    }
    let shared = 0;
    while (last && shared < keys.length - 1 && last.keys[shared] === keys[shared]) shared++;
    rows.push({ keys, shared, columns: [entry.column.key], start: i });
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
export function getShape(of: Report | ShapeKey): ReportShape {
  const key: ShapeKey = typeof of === 'string' ? of : of.edition === '2019' ? '2019' : hasSingleOtherHandlingRow(of) ? '2021-single' : '2021';
  let shape = shapes.get(key);
  if (!shape) shapes.set(key, (shape = buildShape(key)));
  return shape;
}
