import type { ColumnEntry, Place } from '@disclosure/core/lite';
import type { Line } from '../layout/layout.ts';
import { placeByLearnedColumns } from './learned-columns.ts';
import { normalizeText } from './normalize.ts';
import { countDigits, exactDigits, type ValueToken } from './tokens.ts';

/**
 * Where each column's header stands: its grid column index in each grid of the source (by grid, then by column
 * key; see `gridOf`), and the middle of its label on a page (PDF points).
 */
export interface HeaderColumns {
  readonly grids: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** The grid whose header label was read last. */
  readonly last: ReadonlyMap<string, number> | undefined;
  readonly x: ReadonlyMap<string, number>;
}

/**
 * The grid a place's column index counts in: an HTML or DOCX table; a page of a scan, whose tables the OCR engine
 * found by their rules; all of a text's tab-separated lines.
 */
function gridOf(place: Place): string {
  if (place.kind === 'html' || place.kind === 'docx') return `${place.kind} ${place.table}`;
  return place.kind === 'pdf' ? `pdf ${place.page}` : 'text';
}

/** A page label fragment shorter than this is not taken for the start of a wrapped header (`商业企` / `业`). */
const shortestFragment = 2;

/**
 * Header positions of `columns` found in `lines`: a field whose label is a column's label names that column's grid
 * index; on a page, a field that is the column's label or the start of it wrapped in its cell (`商业企` over
 * `业`) gives the column's middle. Grid indices are kept by the grid they count in; later lines win, so the
 * innermost header row of a multi-level header decides. Row labels with an ordinal (`（七）总计`, `3.其他`) are not
 * headers.
 */
export function findHeaderColumns(lines: readonly Line[], columns: readonly ColumnEntry[]): HeaderColumns {
  const labels = columns.map((column) => ({ key: column.key, label: normalizeText(column.zh) }));
  const grids = new Map<string, Map<string, number>>();
  let last: Map<string, number> | undefined;
  const x = new Map<string, number>();
  for (const line of lines) {
    for (const field of line.fields) {
      // Compared with ordinals kept: the row label `（七）总计` is not the column header `总计`.
      const text = normalizeText(field.text);
      if (text === '') continue;
      let exact: (typeof labels)[number] | undefined;
      // a loop, not `find`: a closure over each field's text would be made for every field of the table
      for (const entry of labels) {
        if (entry.label === text) {
          exact = entry;
          break;
        }
      }
      if (exact && field.column !== undefined) {
        const grid = gridOf(field.place);
        last = grids.get(grid);
        if (!last) grids.set(grid, (last = new Map()));
        last.set(exact.key, field.column);
      }
      if (!field.x || field.column !== undefined) continue;
      const wrapped = exact ?? (text.length >= shortestFragment ? labels.find((entry) => entry.label.startsWith(text)) : undefined);
      if (wrapped && !x.has(wrapped.key)) x.set(wrapped.key, (field.x[0] + field.x[1]) / 2);
    }
  }
  return { grids, last, x };
}

/**
 * The grid index of each column's header for a row of values: from the header of the row's own grid; for a row
 * whose grid has no header (a table continued on a page that does not repeat it), from the header of the grid
 * read last, only when every value of the row stands at one of its columns (a page's grid may count its columns
 * otherwise: three label columns instead of one).
 */
export function headerPositions(run: readonly ValueToken[], columns: readonly ColumnEntry[], header: HeaderColumns): (number | undefined)[] {
  const first = run.find((token) => token.column !== undefined);
  const own = first ? header.grids.get(gridOf(first.place)) : undefined;
  if (own) return columns.map((column) => own.get(column.key));
  const positions = columns.map((column) => header.last?.get(column.key));
  const fits = run.every((token) => token.printed === '' || token.column === undefined || positions.includes(token.column));
  return fits ? positions : columns.map(() => undefined);
}

/** Result of placing a run of values under columns. */
export type Placement =
  | { readonly kind: 'placed'; readonly cells: readonly (ValueToken | null)[]; readonly extra: readonly ValueToken[] }
  | { readonly kind: 'unplaced' };

/**
 * A figure of several digits, maybe with a sign (a placeholder `-` glued to the next cells reads as one) or a
 * decimal point (money run into the cell before it, `99989378566.1`).
 */
function hasSeveralDigits(printed: string): boolean {
  return /^[-−]?\d+(?:\.\d+)?$/u.test(printed) && printed.replace(/\D/gu, '').length >= 2;
}

/**
 * True when a row of a grid or a text line prints fewer values than its `width` columns and lacks fields for some
 * (fewer fields than columns, or a header column with no field under it; `positions`: each column's grid index
 * where the header gives it): its cells' separators may have been lost (`| 上年结转 | 111000012 |`), so a figure of
 * several digits may hold several cells, and where a value stands does not tell its column. Rows that print
 * every field, empty ones included, are placed as usual; so are page rows (PDF), by position. Header positions of
 * which two are the same (header cells spanning columns, read as one field each) tell nothing.
 */
export function lacksFields(run: readonly ValueToken[], width: number, positions: readonly (number | undefined)[]): boolean {
  let printed = 0;
  for (const token of run) {
    if (token.printed === '') continue;
    if (token.x !== undefined) return false;
    printed++;
  }
  if (printed >= width) return false;
  if (run.length < width) return true;
  const known = positions.filter((position) => position !== undefined);
  return known.length === width && new Set(known).size === width && known.some((position) => !run.some((token) => token.column === position));
}

/** A row's figures of several digits marked as runs of digits, for a row that lacks fields (`lacksFields`). */
export function markRuns(run: readonly ValueToken[]): ValueToken[] {
  return run.map((token) => (!token.run && hasSeveralDigits(token.printed) ? { ...token, run: true } : token));
}

/** True when two figures stand in one field (`| 300 1 |`): which of them is the column's, the grid cannot tell. */
export function sharesField(printed: readonly ValueToken[]): boolean {
  for (let i = 1; i < printed.length; i++) if (printed[i]!.column === printed[i - 1]!.column) return true;
  return false;
}

/**
 * True when a grid row's run of values is one field per column, empty ones included, side by side (`151 | | | | |
 * | 154`): a page's text of a table whose header cells span several columns or rows (`法人或其他组织` over five) gives
 * no grid index to the columns under them, but a row that prints every field needs none. Its first and last fields
 * must print something: an empty one at either end may be a label column's or a stray separator, not a cell.
 */
function fieldPerColumn(run: readonly ValueToken[], width: number): boolean {
  if (run.length !== width || run[0]?.column === undefined || run[0].printed === '' || run.at(-1)!.printed === '') return false;
  const first = run[0].column;
  return run.every((token, i) => token.column === first + i);
}

/**
 * Places values under columns: in order when the run holds exactly one value per column (empty grid fields
 * ignored); never when the row lacks fields (`lacksFields`); otherwise by grid column under the header, when every
 * column's header position is known and each is another, and no field holds two figures; otherwise in order when the row prints one field per column
 * (`fieldPerColumn`); otherwise, on a page, under the header label each value stands nearest to, when every column's
 * label was found there.
 */
export function placeValues(run: readonly ValueToken[], columns: readonly ColumnEntry[], header: HeaderColumns): Placement {
  const printed = run.filter((token) => token.printed !== '');
  if (printed.length === columns.length && printed.every((token) => countDigits(token.printed) <= exactDigits)) {
    return { kind: 'placed', cells: printed, extra: [] };
  }
  const positions = headerPositions(run, columns, header);
  if (lacksFields(run, columns.length, positions)) return { kind: 'unplaced' };
  if (
    positions.every((position) => position !== undefined) &&
    new Set(positions).size === columns.length &&
    run.every((token) => token.column !== undefined) &&
    !sharesField(printed)
  ) {
    const cells = positions.map((position) => run.find((token) => token.column === position) ?? null);
    const extra = printed.filter((token) => !positions.includes(token.column!));
    return { kind: 'placed', cells, extra };
  }
  if (fieldPerColumn(run, columns.length)) return { kind: 'placed', cells: [...run], extra: [] };
  const centres = columns.map((column) => header.x.get(column.key));
  if (centres.every((centre) => centre !== undefined) && printed.length > 0 && printed.every((token) => token.x !== undefined)) {
    const cells = placeByLearnedColumns(printed, centres as number[]);
    if (cells) return { kind: 'placed', cells, extra: [] };
  }
  return { kind: 'unplaced' };
}
