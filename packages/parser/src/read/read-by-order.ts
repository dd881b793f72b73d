import { fitsUnit } from '@disclosure/core/lite';
import type { BlockAnchors } from './block-anchors.ts';
import type { ReadRow, ReadRowsResult } from './read-rows.ts';
import type { RowTarget } from './row-catalogue.ts';
import type { ValueToken } from './tokens.ts';
import { shown, shownEn, trustsOrder } from './assign-rows.ts';
import { identitiesHold, solveRows, type ColumnIdentity, type RowDomain } from './solve-rows.ts';

/** Steps the search of `readByBlocks` may take over the cuts of a table before it gives up (leaving it unread). */
const maxCuts = 20_000;

/** A table's cells by row path, in column order. */
export type TableValues = ReadonlyMap<string, readonly (number | null)[]>;

/**
 * Reads a table by the format's own row order, for prints whose labels were torn from their values (a PDF→Markdown
 * extraction that puts label fragments on lines of their own and the values in small tables of their own): when
 * the table prints exactly as many values as the shape `targets` has cells, the values fill the rows in order, each
 * printed value one cell (a run of digits that held two would leave the count one short).
 * The reading is kept only when every figure fits its column (`fitsUnit`), every value the print places in a block
 * (`anchors`) is in a row of that block, `holds` accepts it (the table's identities) or the print shows each row as a
 * grid row of its own (`shownAsRows`; a table that does not balance is then read, its errors found), and it agrees
 * with every row that was read by its label; otherwise `null`, and nothing is guessed. A table without identities (`holds` null) is cut into
 * its runs of rows with the same columns, each run's values known by the count; a run whose print does not show
 * its rows as rows (`runsNotShown`) keeps its values unplaced, as an ambiguous reading of each of its rows.
 */
function readByOrder(
  values: readonly ValueToken[],
  targets: readonly RowTarget[],
  labelled: Labelled,
  holds: ((values: TableValues) => boolean) | null,
  anchors: BlockAnchors,
  emptyFieldLines: ReadonlySet<number>,
): ReadRow[] | null {
  const size = targets.reduce((sum, target) => sum + target.columns.length, 0);
  if (size !== values.length) return null;
  let at = 0;
  const ordered = targets.map((target) => orderedRow(target, values.slice(at, (at += target.columns.length))));
  if (!ordered.every((row) => fitsColumns(row) && inAnchoredBlock(row, anchors))) return null;
  if (holds && !holds(tableOf(ordered)) && !shownAsRows(ordered, emptyFieldLines)) return null;
  const unshown = holds ? new Set<ReadRow>() : runsNotShown(ordered, labelled);
  const rows = ordered.map((row) => (unshown.has(row) ? unplaced(row) : row));
  const byTarget = new Map(rows.flatMap((row) => (unshown.has(row) ? [] : [[row.target, cellsOf(row)] as const])));
  return [...labelled].every(([target, read]) => !byTarget.has(target) || agrees(read, byTarget.get(target))) &&
    rows.some((row) => row.reading.kind === 'cells')
    ? rows
    : null;
}

/**
 * True when the print shows every row placed by order as a row of its own, so that the layout proves the reading where
 * the identities fail (the table's errors are then the report's, found): each row's values on one line, no other value
 * there, and either every row a grid row — its values in consecutive fields, a value to a field, no field of its line
 * empty (a Markdown extraction that tore the labels from the rows) — or every row on a page, its figures standing in
 * the same columns as every other row's (the k-th figures of all rows share a point across, left to right). Text
 * without places proves nothing so (a blank prints nothing, and a footnote mark can make up the count), nor a field
 * with two figures (`3001 2` beside an empty field), a figure read by OCR or one whose digits stand apart.
 */
function shownAsRows(rows: readonly ReadRow[], emptyFieldLines: ReadonlySet<number>): boolean {
  const printed = rows.map((row) => (row.reading.kind === 'cells' ? row.reading.cells.filter((token): token is ValueToken => token !== null) : []));
  const lines = printed.map((tokens) => (tokens.length > 0 && tokens.every((token) => token.line === tokens[0]!.line) ? tokens[0]!.line : null));
  if (!lines.every((line, i) => line !== null && (i === 0 || line !== lines[i - 1]))) return false;
  const inGrid = (tokens: readonly ValueToken[]) =>
    !emptyFieldLines.has(tokens[0]!.line) && tokens.every((token, i) => token.column !== undefined && (token.span ?? 1) === 1 && (i === 0 || token.column === tokens[i - 1]!.column! + 1));
  if (printed.every(inGrid)) return true;
  const width = printed[0]!.length;
  if (!printed.every((tokens) => tokens.length === width && tokens.every((token) => token.x && !token.ocr && !token.parts))) return false;
  let before = -Infinity;
  for (let k = 0; k < width; k++) {
    const from = Math.max(...printed.map((tokens) => tokens[k]!.x![0]));
    const to = Math.min(...printed.map((tokens) => tokens[k]!.x![1]));
    if (from > to || from <= before) return false;
    before = to;
  }
  return true;
}

/** True when every figure of a row placed by order can stand in its column (a decimal is no count). */
function fitsColumns(row: ReadRow): boolean {
  if (row.reading.kind !== 'cells') return true;
  return row.reading.cells.every((token, i) => typeof token?.value !== 'number' || fitsUnit(token.value, row.target.columns[i]!.unit));
}

/** True when every value of a row placed by order that the print places in a block (`anchors`) is in a row of that block. */
function inAnchoredBlock(row: ReadRow, anchors: BlockAnchors): boolean {
  if (anchors.size === 0 || row.reading.kind !== 'cells') return true;
  return row.reading.cells.every((token) => !token || !anchors.has(token.line) || anchors.get(token.line) === row.target.group[0]);
}

/** A row of a run whose order the print leaves open: its values, in no column. */
function unplaced(row: ReadRow): ReadRow {
  const tokens = row.reading.kind === 'cells' ? row.reading.cells.filter((token): token is ValueToken => token !== null) : [];
  const why = ['各行数值分行印出，可能逐行也可能逐栏排列', "the rows' values stand on lines of their own and may run row by row or column by column"] as const;
  return { ...row, reading: { kind: 'ambiguous', tokens, lacking: false, why } };
}

/**
 * Reads a table whose rows all have `width` cells when a PDF viewer copied some stretches of rows column by column
 * (a PDF that draws a block of rows one column at a time: the first cell of each row, then the second …). The
 * values are taken in the format's row order, every stretch of consecutive rows either row by row (one row) or
 * column by column (several); a stretch is possible when each of its rows passes `rowHolds` and agrees with the
 * row read by its label, if any. Every way to cut the table into possible stretches is considered (at most
 * {@link maxCuts} steps of the search), and the table is read only when exactly one of the readings they give passes
 * `holds` (the table's identities); otherwise `null`.
 */
function readByBlocks(
  values: readonly ValueToken[],
  targets: readonly RowTarget[],
  labelled: Labelled,
  rowHolds: (cells: readonly (number | null)[]) => boolean,
  holds: (values: TableValues) => boolean,
): ReadRow[] | null {
  const width = targets[0]?.columns.length ?? 0;
  const count = targets.length;
  if (width === 0 || count * width !== values.length || targets.some((target) => target.columns.length !== width)) return null;
  /** Row `row`'s tokens when rows `first`…`first + size − 1` are printed column by column (`size` 1: row by row). */
  const tokensOf = (first: number, size: number, row: number): ValueToken[] =>
    Array.from({ length: width }, (_, column) => values[first * width + column * size + (row - first)]!);
  const possible = (first: number, size: number): boolean => {
    for (let row = first; row < first + size; row++) {
      const cells = tokensOf(first, size, row).map((token) => token.value);
      const read = labelled.get(targets[row]!);
      if (!rowHolds(cells) || (read && !agrees(read, cells))) return false;
    }
    return true;
  };
  const fits: boolean[][] = Array.from({ length: count }, (_, first) => Array.from({ length: count - first + 1 }, (_, size) => size > 0 && possible(first, size)));
  // to[i]: rows i…count−1 can be cut into possible stretches (the search below never enters a dead end)
  const to = [...Array<boolean>(count).fill(false), true];
  for (let first = count - 1; first >= 0; first--) for (let size = 1; first + size <= count; size++) if (fits[first]![size] && to[first + size]) to[first] = true;
  if (!to[0]) return null;
  // Every complete cut, depth first over the rows, each reading kept once; stopped past `maxCuts` steps.
  const readings = new Map<string, ValueToken[][]>();
  let steps = 0;
  const cut = (first: number, rows: ValueToken[][]): boolean => {
    if (++steps > maxCuts) return false;
    if (first === count) {
      readings.set(rows.map((tokens) => tokens.map((token) => token.value).join(',')).join(';'), [...rows]);
      return true;
    }
    for (let size = 1; first + size <= count; size++) {
      if (!fits[first]![size] || !to[first + size]) continue;
      for (let row = first; row < first + size; row++) rows.push(tokensOf(first, size, row));
      const going = cut(first + size, rows);
      rows.length = first;
      if (!going) return false;
    }
    return true;
  };
  if (!cut(0, [])) return null;
  const holding = [...readings.values()]
    .map((chosen) => targets.map((target, i) => orderedRow(target, chosen[i]!)))
    .filter((rows) => rows.every(fitsColumns) && holds(tableOf(rows)));
  return holding.length === 1 ? holding[0]! : null;
}

/**
 * Reads a table whose rows all have the same width when the text gives each row's values as a turn of them: the cells
 * after some point first, then those before it (poppler's text of a row whose label wraps over several lines puts the
 * cells beside the label's first line after the rest). The values are taken in the format's row order, a row's
 * values in their printed order or turned; a row's readings are the turns that pass `rowHolds` and agree with the row
 * read by its label. Kept only when every row has one and some choice of them satisfies the identities (`solveRows`);
 * rows with several readings are left to the identities (a `split` reading), the others placed.
 */
function readByRotations(
  values: readonly ValueToken[],
  targets: readonly RowTarget[],
  labelled: Labelled,
  rowHolds: (cells: readonly (number | null)[]) => boolean,
  identities: readonly ColumnIdentity[],
  afterLabels: ReadonlySet<ValueToken>,
): ReadRow[] | null {
  const width = targets[0]?.columns.length ?? 0;
  if (width === 0 || targets.length * width !== values.length || targets.some((target) => target.columns.length !== width)) return null;
  const rows: ReadRow[] = [];
  const domains: RowDomain[] = [];
  for (const [i, target] of targets.entries()) {
    const chunk = values.slice(i * width, (i + 1) * width);
    const turns = new Map<string, ValueToken[]>();
    // values on one line stand in their columns' order; a row printed over several lines may be turned only at a
    // value after label text on its line
    const turnsAt = trustsOrder(chunk) ? [0] : [0, ...chunk.flatMap((token, at) => (at > 0 && afterLabels.has(token) ? [at] : []))];
    for (const turn of turnsAt) {
      const tokens = [...chunk.slice(turn), ...chunk.slice(0, turn)];
      const cells = tokens.map((token) => token.value);
      const read = labelled.get(target);
      if (!rowHolds(cells) || (read && !agrees(read, cells)) || !fitsColumns(orderedRow(target, tokens))) continue;
      if (!turns.has(cells.join(','))) turns.set(cells.join(','), tokens);
    }
    if (turns.size === 0) return null;
    const readings = [...turns.values()];
    domains.push({ key: target.path, candidates: readings.map((tokens) => tokens.map((token) => token.value)) });
    rows.push(
      readings.length === 1
        ? orderedRow(target, readings[0]!)
        : { target, reading: { kind: 'split', tokens: chunk, splits: { candidates: domains.at(-1)!.candidates, complete: true, pruned: true }, turns: readings }, label: '', distance: 0, by: ['order'] },
    );
  }
  const solution = solveRows(domains, identities, width);
  // (solveRows weighs the identities over rows left open; those over rows read one way only must hold as read)
  const settled = new Map(domains.flatMap((domain) => (domain.candidates.length === 1 ? [[domain.key, domain.candidates[0]!] as const] : [])));
  return solution.complete && solution.count > 0 && identitiesHold(settled, identities, width) ? rows : null;
}

/**
 * The rows whose print does not say that their values run row by row. A PDF may draw a block of rows with the same
 * columns one column at a time (text copied out of a browser's print of a web page lists 规章's and 行政规范性文件's
 * 本年制发件数, then both 本年废止件数 …), and values on lines of their own do not show which. In each run of consecutive
 * rows with the same columns, every row but one must show itself as a row — its values on one line or placed by a
 * grid (`trustsOrder`), or found after its own label (`labelled`, checked to agree later) — or the run must read the
 * same column by column; otherwise every row of the run is returned. (A table with identities has them decide
 * instead, see `readByBlocks`.)
 */
function runsNotShown(rows: readonly ReadRow[], labelled: Labelled): Set<ReadRow> {
  const unshownRows = new Set<ReadRow>();
  for (let first = 0; first < rows.length; ) {
    const columns = rows[first]!.target.columns;
    let end = first + 1;
    while (end < rows.length && rows[end]!.target.columns === columns) end++;
    const run = rows.slice(first, end);
    const cells = run.map((row) => (row.reading.kind === 'cells' ? row.reading.cells : []));
    const unshown = run.filter((row, i) => !trustsOrder(cells[i]!) && !labelled.has(row.target)).length;
    if (columns.length > 1 && unshown > 1 && !sameByColumns(cells)) run.forEach((row) => unshownRows.add(row));
    first = end;
  }
  return unshownRows;
}

/** True when a run of rows taken in order reads the same column by column (`[[0, 0], [0, 0]]`, never `[[0, 5], [5, 5]]`). */
function sameByColumns(run: readonly (readonly (ValueToken | null)[])[]): boolean {
  const sequence = run.flat();
  return run.every((cells, row) => cells.every((token, column) => token?.value === sequence[column * run.length + row]?.value));
}

/** The cells of the rows read by their labels, by row. */
type Labelled = ReadonlyMap<RowTarget, readonly (number | null)[]>;

/** True when the row order gives a row only the cells a reading by its label gives it. */
function agreesWithOrder(cells: readonly (number | null)[], row: ReadRow): boolean {
  if (row.reading.kind === 'cells') return agrees(cells, cellsOf(row));
  return row.reading.kind === 'split' && row.reading.splits.candidates.length === 1 && agrees(cells, row.reading.splits.candidates[0]);
}

/** A row the row order and its label read differently, left unread with both readings. */
function disagreeing(row: ReadRow, byLabel: ReadRow): ReadRow {
  const tokens = row.reading.kind === 'cells' ? row.reading.cells.filter((token): token is ValueToken => token !== null) : row.reading.tokens;
  const readings = row.reading.kind === 'split' ? row.reading.splits.candidates : [cellsOf(row)];
  const why = [
    `按标签读为 ${shown([cellsOf(byLabel)])}，按表内行序读为 ${shown(readings)}，两者不一致`,
    `read by its label as ${shownEn([cellsOf(byLabel)])} and by the table's row order as ${shownEn(readings)}, which disagree`,
  ] as const;
  return { ...row, reading: { kind: 'ambiguous', tokens, lacking: false, why } };
}

/** A row placed by the format's row order. */
function orderedRow(target: RowTarget, cells: readonly ValueToken[]): ReadRow {
  return { target, reading: { kind: 'cells', cells, extra: [] }, label: '', distance: 0, by: ['order'] };
}

function cellsOf(row: ReadRow): (number | null)[] {
  return row.reading.kind === 'cells' ? row.reading.cells.map((token) => token?.value ?? null) : [];
}

function tableOf(rows: readonly ReadRow[]): TableValues {
  return new Map(rows.map((row) => [row.target.path, cellsOf(row)]));
}

/** True when a row read by its label agrees with the cells an order gives it. */
function agrees(read: readonly (number | null)[], cells: readonly (number | null)[] | undefined): boolean {
  return cells !== undefined && read.every((value, i) => value === cells[i]);
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
 * or values unplaced, or read rows only from values on lines of their own (see `readByRotations`, `readByOrder`,
 * `readByBlocks`) — never, in a table without identities, when a row's digits ran together on its line; the values
 * placed by order replace the notes that they were unplaced.
 * `holds` checks the table's identities, null for a table that has none; `anchors` gives the lines whose values the
 * print places in a block, for a table printed in blocks (`blockAnchors`; empty for another), asked only when the
 * row order is tried. `rowHolds` is a row's own check, `identities` the table's identities over a shape's rows (for
 * the identities to choose among the turns of rows).
 */
export function withOrderReading(
  targets: readonly RowTarget[],
  read: ReadRowsResult,
  holds: ((values: TableValues) => boolean) | null,
  anchors: () => BlockAnchors,
  rowHolds?: (cells: readonly (number | null)[]) => boolean,
  identities?: (shape: readonly RowTarget[]) => readonly ColumnIdentity[],
): ReadRowsResult {
  // A row read by its label from values on lines of their own is weak evidence where rows have a check of their own:
  // the values after a label need not be its row's (poppler prints a turned row's first figures after the rest, so
  // the figures after a label run into the next row's), and its check may hold by chance. Such a row does not bind
  // the row order's reading, and where the two disagree, neither is taken (`disagreeing`).
  const weak = read.rows.filter((row) => row.reading.kind === 'cells' && rowHolds && !trustsOrder(row.reading.cells));
  // Every row found by its label, its values fitting it, none weakly, and no value left over: the row order has
  // nothing to add.
  const found = new Set(read.rows.filter((row) => row.reading.kind !== 'ambiguous').map((row) => row.target));
  const complete =
    shapesOf(targets).some((shape) => shape.every((target) => found.has(target))) &&
    weak.length === 0 &&
    !read.notes.some((note) => note.rule === 'parser/unlabelled-values');
  if (complete) return read;
  // A row whose digits ran together on its line (crawler text) printed fewer values than cells: the table's count
  // of values then says nothing of its cells, and a match (a figure of the prose counted in) would be a coincidence.
  if (!holds && read.rows.some((row) => row.reading.kind === 'split' && trustsOrder(row.reading.tokens))) return read;
  // Text that shows figures wrapped in narrow cells prints a wrapped figure as two: its count says nothing either,
  // where no identity of the table vouches for a reading (table 2).
  if (read.wrapsShown && !holds) return read;
  // A table cut at a page's margin: its count of values says nothing of the columns cut off.
  if (read.cutShort) return read;
  // Labels found in another order than the format's: the print does not keep the format's row order.
  if (read.rows.some((row, i) => i > 0 && row.target.order < read.rows[i - 1]!.target.order)) return read;
  const byLabel = read.rows.filter((row) => row.reading.kind === 'cells' && (!rowHolds || trustsOrder(row.reading.cells)));
  const labelled: Labelled = new Map(byLabel.map((row) => [row.target, cellsOf(row)]));
  const shapes = shapesOf(targets);
  let ordered: ReadRow[] | null = null;
  const anchored = anchors();
  if (rowHolds && holds && identities) for (const shape of shapes) ordered ??= readByRotations(read.printed, shape, labelled, rowHolds, identities(shape), read.afterLabels);
  for (const shape of shapes) ordered ??= readByOrder(read.printed, shape, labelled, holds, anchored, read.emptyFieldLines);
  if (rowHolds && holds) for (const shape of shapes) ordered ??= readByBlocks(read.printed, shape, labelled, rowHolds, holds);
  if (!ordered) return read;
  const rows = ordered.map((row) => {
    const byItsLabel = byLabel.find((labelledRow) => labelledRow.target === row.target);
    if (byItsLabel) return byItsLabel;
    const weakly = weak.find((labelledRow) => labelledRow.target === row.target);
    if (!weakly) return row;
    return agreesWithOrder(cellsOf(weakly), row) ? weakly : disagreeing(row, weakly);
  });
  return { ...read, rows, notes: read.notes.filter((note) => note.rule !== 'parser/unlabelled-values' && note.rule !== 'parser/extra-value') };
}
