import type { ReadRow, ReadRowsResult } from './read-rows.ts';
import type { RowTarget } from './row-catalogue.ts';
import type { ValueToken } from './tokens.ts';

/** A table's cells by row path, in column order. */
export type TableValues = ReadonlyMap<string, readonly (number | null)[]>;

/**
 * Reads a table by the format's own row order, for prints whose labels were torn from their values (a PDF→Markdown
 * extraction that puts label fragments on lines of their own and the values in small tables of their own): when
 * the table prints exactly as many values as one of its shapes has cells, the values fill the rows in order, each
 * printed value one cell (a run of digits that held two would leave the count one short).
 * The reading is kept only when `holds` accepts it (the table's identities) and it agrees with every row that
 * was read by its label; otherwise `null`, and nothing is guessed.
 */
function readByOrder(
  values: readonly ValueToken[],
  shapes: readonly (readonly RowTarget[])[],
  labelled: readonly ReadRow[],
  holds: (values: TableValues) => boolean,
): ReadRow[] | null {
  for (const targets of shapes) {
    const size = targets.reduce((sum, target) => sum + target.columns.length, 0);
    if (size !== values.length) continue;
    let at = 0;
    const rows = targets.map((target): ReadRow => {
      const cells = values.slice(at, at + target.columns.length);
      at += target.columns.length;
      return { target, reading: { kind: 'cells', cells, extra: [] }, label: '', distance: 0, by: ['order'] };
    });
    const table = new Map(rows.map((row) => [row.target.path, cellsOf(row)]));
    if (!holds(table)) continue;
    const agrees = labelled.every((row) => {
      if (row.reading.kind !== 'cells') return true;
      const ordered = table.get(row.target.path);
      const read = cellsOf(row);
      return ordered !== undefined && read.every((value, i) => value === null || value === ordered[i]);
    });
    if (agrees) return rows;
  }
  return null;
}

function cellsOf(row: ReadRow): (number | null)[] {
  return row.reading.kind === 'cells' ? row.reading.cells.map((token) => token?.value ?? null) : [];
}

/** The shapes a table's rows may take: the edition's, and for 2021 table 3 the one-row （六） of real reports. */
function shapesOf(targets: readonly RowTarget[]): RowTarget[][] {
  const single = targets.some((target) => target.path === 'otherHandling');
  const split = targets.some((target) => target.path.startsWith('otherHandling.'));
  if (!single || !split) return [[...targets]];
  return [targets.filter((target) => target.path !== 'otherHandling'), targets.filter((target) => !target.path.startsWith('otherHandling.'))];
}

/**
 * A table's rows as read by their labels, completed by the format's row order where the labels left rows unread
 * or values unplaced (see `readByOrder`); the values placed by order replace the notes that they were unplaced.
 */
export function withOrderReading(targets: readonly RowTarget[], read: ReadRowsResult, holds: (values: TableValues) => boolean): ReadRowsResult {
  // Every row found by its label and no value left over: the row order has nothing to add.
  const found = new Set(read.rows.map((row) => row.target));
  const complete =
    shapesOf(targets).some((shape) => shape.every((target) => found.has(target))) &&
    !read.notes.some((note) => note.rule === 'parser/unlabelled-values');
  if (complete) return read;
  const ordered = readByOrder(read.printed, shapesOf(targets), read.rows, holds);
  if (!ordered) return read;
  const rows = ordered.map((row) => read.rows.find((labelled) => labelled.target === row.target && labelled.reading.kind === 'cells') ?? row);
  return { rows, notes: read.notes.filter((note) => note.rule !== 'parser/unlabelled-values' && note.rule !== 'parser/extra-value'), printed: read.printed };
}
