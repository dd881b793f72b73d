import { assertReport, hasSingleOtherHandlingRow, listCellPaths, readValues, type Edition, type Report } from '@disclosure/core';
import { canonicalCells, canonicalIndex } from './canonical-cells.ts';

/** How one of the three report layouts maps onto the canonical cells; built once per layout, on first use. */
export interface ReportLayout {
  readonly key: '2019' | '2021' | '2021-single';
  readonly edition: Edition;
  /** 1 where a report of this layout has a value (printed or derived) for the canonical cell. */
  readonly present: Uint8Array;
  /** 1 where the edition has the cell but this layout does not print it (a one-row （六） report's sub-rows). */
  readonly absent: Uint8Array;
  /** 1 where the value is not printed but summed from the 2021 （六） sub-rows. */
  readonly derived: Uint8Array;
  /** The canonical indexes where `present` is 1, and where `absent` is 1, for loops that skip the rest. */
  readonly presentIndexes: Int32Array;
  readonly absentIndexes: Int32Array;
  /** Per cell in core's `readValues` order (that of `listCellPaths`), its canonical index. */
  readonly positions: Int32Array;
  /** The derived （六） row: per column, its canonical index and the indexes of the three sub-row cells. */
  readonly sums: readonly { readonly index: number; readonly parts: readonly number[] }[];
  /** Scratch for core's `readValues`; the package is synchronous, so one per layout serves every call. */
  readonly scratch: Float64Array;
}

const subRows = ['overdueCorrection', 'overdueFee', 'other'];

function indexesOf(flags: Uint8Array): Int32Array {
  return Int32Array.from(Array.from(flags).flatMap((flag, i) => (flag ? [i] : [])));
}

/** The layout `key`, from a report that has it. */
function buildLayout(key: ReportLayout['key'], report: Report): ReportLayout {
  const edition = report.edition;
  const n = canonicalCells.length;
  const present = new Uint8Array(n);
  const absent = new Uint8Array(n);
  const derived = new Uint8Array(n);
  const positions = Int32Array.from(listCellPaths(report), (path) => {
    const cell = canonicalIndex.get(path);
    if (!cell) throw new Error(`core's cell ${path} has no canonical cell`);
    present[cell.index] = 1;
    return cell.index;
  });
  const sums: { index: number; parts: number[] }[] = [];
  for (const cell of canonicalCells) {
    if (present[cell.index] === 1 || !cell.editions.includes(edition)) continue;
    const column = cell.path.split('.').at(-1)!;
    if (key === '2021' && cell.path === `applications.otherHandling.${column}`) {
      present[cell.index] = 1;
      derived[cell.index] = 1;
      sums.push({ index: cell.index, parts: subRows.map((row) => canonicalIndex.get(`applications.otherHandling.${row}.${column}`)!.index) });
    } else {
      absent[cell.index] = 1;
    }
  }
  return {
    key,
    edition,
    present,
    absent,
    derived,
    presentIndexes: indexesOf(present),
    absentIndexes: indexesOf(absent),
    positions,
    sums,
    scratch: new Float64Array(positions.length),
  };
}

const layouts = new Map<ReportLayout['key'], ReportLayout>();

/** Gets the layout of `report`: its edition, and for 2021 whether （六） is one row or three. */
export function getLayout(report: Report): ReportLayout {
  assertReport(report, 'stats');
  const key = report.edition === '2019' ? '2019' : hasSingleOtherHandlingRow(report) ? '2021-single' : '2021';
  let layout = layouts.get(key);
  if (!layout) layouts.set(key, (layout = buildLayout(key, report)));
  return layout;
}

/**
 * Reads every cell of `report` into `values` by canonical index: the number, `NaN` for a blank (`null`). Cells
 * the layout does not have are left as they were. A derived （六） cell is `NaN` when any sub-row is blank.
 */
export function readCanonicalValues(report: Report, layout: ReportLayout, values: Float64Array): Float64Array {
  const cells = readValues(report, layout.scratch);
  const { positions } = layout;
  for (let k = 0; k < positions.length; k++) values[positions[k]!] = cells[k]!;
  for (const sum of layout.sums) {
    let total = 0;
    for (const part of sum.parts) total += values[part]!;
    values[sum.index] = total;
  }
  return values;
}
