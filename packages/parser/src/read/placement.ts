import type { ColumnEntry } from '@disclosure/core';
import type { Line } from '../layout/layout.ts';
import { normalizeLabel } from './normalize.ts';
import type { ValueToken } from './tokens.ts';

/** Where each column's header stands in the source grid: a grid column index per column key. */
export type HeaderColumns = ReadonlyMap<string, number>;

/**
 * Header positions of `columns` found in `lines`: a field whose label is a column's label names that column's grid
 * index. Later lines win, so the innermost header row of a multi-level header decides.
 */
export function findHeaderColumns(lines: readonly Line[], columns: readonly ColumnEntry[], alias: Record<string, string> = {}): Map<string, number> {
  const byLabel = new Map<string, string>();
  for (const column of columns) byLabel.set(normalizeLabel(column.zh), column.key);
  for (const [label, key] of Object.entries(alias)) byLabel.set(normalizeLabel(label), key);
  const found = new Map<string, number>();
  for (const line of lines) {
    for (const field of line.fields) {
      const key = byLabel.get(normalizeLabel(field.text));
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
