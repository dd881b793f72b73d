import type { ColumnEntry } from '@disclosure/core';
import type { Line } from '../layout/layout.ts';
import { normalizeText } from './normalize.ts';
import type { ValueToken } from './tokens.ts';

/** Where each column's header stands in the source grid: a grid column index per column key. */
export type HeaderColumns = ReadonlyMap<string, number>;

/**
 * Header positions of `columns` found in `lines`: a field whose label is a column's label names that column's grid
 * index. Later lines win, so the innermost header row of a multi-level header decides. Row labels with an
 * ordinal (`（七）总计`, `3.其他`) are not headers.
 */
export function findHeaderColumns(lines: readonly Line[], columns: readonly ColumnEntry[]): Map<string, number> {
  const byLabel = new Map<string, string>();
  for (const column of columns) byLabel.set(normalizeText(column.zh), column.key);
  const found = new Map<string, number>();
  for (const line of lines) {
    for (const field of line.fields) {
      // Compared with ordinals kept: the row label `（七）总计` is not the column header `总计`.
      const key = byLabel.get(normalizeText(field.text));
      if (key !== undefined && field.column !== undefined) found.set(key, field.column);
    }
  }
  return found;
}

/** Result of placing a run of values under columns. */
export type Placement =
  | { readonly kind: 'placed'; readonly cells: readonly (ValueToken | null)[]; readonly extra: readonly ValueToken[] }
  | { readonly kind: 'unplaced' };

/**
 * Places values under columns: in order when the run holds exactly one value per column (empty grid fields
 * ignored); otherwise by grid column under the header, when every column's header position is known.
 */
export function placeValues(run: readonly ValueToken[], columns: readonly ColumnEntry[], header: HeaderColumns): Placement {
  const printed = run.filter((token) => token.printed !== '');
  if (printed.length === columns.length) return { kind: 'placed', cells: printed, extra: [] };
  const positions = columns.map((column) => header.get(column.key));
  if (positions.some((position) => position === undefined) || run.some((token) => token.column === undefined)) {
    return { kind: 'unplaced' };
  }
  const cells = positions.map((position) => run.find((token) => token.column === position) ?? null);
  const extra = printed.filter((token) => !positions.includes(token.column));
  return { kind: 'placed', cells, extra };
}
