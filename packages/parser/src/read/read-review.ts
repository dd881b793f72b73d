import { outcomeColumns, reviewAndLitigationTable, type Place } from '@disclosure/core/lite';
import type { Field, FieldPart, Line } from '../layout/layout.ts';
import { normalizeLabel } from './normalize.ts';
import { groupLabels, ReviewBlocks } from './review-blocks.ts';
import type { Assembler } from './assembler.ts';
import { trustsOrder } from './assign-rows.ts';
import { solveRows, type SolvedCell } from './solve-rows.ts';
import { admitsFewerCells, splitValues, type RowCells } from './split-values.ts';
import { fieldPerColumn, headerWords, lacksFields, markRuns, sharesGridField, spreadBlanksOver } from './placement.ts';
import { spendBudget } from '../budget.ts';
import type { LineTokens } from './line-tokens.ts';
import { countDigits, exactDigits, type Token, type ValueToken } from './tokens.ts';
import { mayBeWrapped, withoutPlaces } from './text-wraps.ts';
import { partedFigure } from './parted-figures.ts';
import { overlaps, partsOf, textUnder } from './wrapped-labels.ts';
import { countValues, maxTableValues, tooManyValuesNote } from './too-many-values.ts';
import { balancesInSomeOrder, breaksEveryCut, unbalancedPrintNote } from './unbalanced-print.ts';
import { agreesWithStated, type StatedReview } from './stated-review.ts';
import { settleByStated } from './settle-by-stated.ts';
import { blankBreaksOcrRow, leaveBrokenOcrRow, needsOcrProof, ocrRowReadings, settleOcrRow } from './ocr-alternatives.ts';

/** The 15 cells of table 4 in printed order, as their paths inside the table. */
export const reviewPaths: readonly string[] = reviewAndLitigationTable.rows.flatMap((row) =>
  outcomeColumns.map((column) => `${row.path}.${column.key}`),
);

const outcomeLabels = new Set(outcomeColumns.map((column) => normalizeLabel(column.zh)));

/** Grid columns of the 15 outcome headers, from every header line (the two header levels together). */
function headerPositions(lines: readonly Line[]): number[] {
  const columns = new Set<number>();
  for (const line of lines) {
    for (const field of line.fields) {
      if (field.column !== undefined && outcomeLabels.has(normalizeLabel(field.text))) columns.add(field.column);
    }
  }
  return [...columns].sort((a, b) => a - b);
}

const outcomeIndex = new Map(outcomeColumns.map((column, i) => [normalizeLabel(column.zh), i]));

/**
 * Where the header prints the outcome columns in another order than the format's (`总计` first in each group): for
 * each printed column, left to right, its column in the format's order; `null` when the header prints the format's
 * order or does not tell (fewer than 15 outcome labels with a grid index or a place on the page, or two at one);
 * `'unknown'` when it prints another order that is not the five outcomes in each of the three groups, or text with no
 * grid or place prints the five in another order.
 */
function printedOrder(lines: readonly Line[]): number[] | 'unknown' | null {
  const labels: Array<{ at: number; outcome: number }> = [];
  /** The outcomes in the order text with no grid and no place on a page first prints them, a word to itself. */
  const read: number[] = [];
  for (const [index, line] of lines.entries()) {
    for (const field of line.fields) {
      if (field.column === undefined && !field.x) {
        for (const word of headerWords(field.text)) {
          const outcome = outcomeIndex.get(word);
          if (outcome !== undefined && !read.includes(outcome)) read.push(outcome);
        }
      }
      for (const part of partsOf(field)) {
        const outcome = outcomeOf(part, lines, index);
        const at = field.column ?? (part.x ? (part.x[0] + part.x[1]) / 2 : undefined);
        if (outcome !== undefined && at !== undefined) labels.push({ at, outcome });
      }
    }
  }
  const group = outcomeColumns.length;
  // such text places no figure: a header it prints in another order leaves every column unknown
  if (read.length === group && read.some((outcome, i) => outcome !== i)) return 'unknown';
  if (labels.length !== reviewPaths.length || new Set(labels.map((label) => label.at)).size !== labels.length) return null;
  const printed = labels.sort((a, b) => a.at - b.at).map((label) => label.outcome);
  if (printed.every((outcome, i) => outcome === i % group)) return null;
  for (let start = 0; start < printed.length; start += group) {
    if (new Set(printed.slice(start, start + group)).size !== group) return 'unknown';
  }
  return printed.map((outcome, i) => i - (i % group) + outcome);
}

/**
 * The outcome column a header field (or a part of one) of line `index` names: its label, or on a page the start of
 * one wrapped in its narrow cell and ended by the text under it (`textUnder`: `结果` over `维持`).
 */
function outcomeOf(field: FieldPart | Field, lines: readonly Line[], index: number): number | undefined {
  const text = normalizeLabel(field.text);
  const whole = outcomeIndex.get(text);
  const x = field.x;
  if (whole !== undefined || !x || ('column' in field && field.column !== undefined) || text.length < 2) return whole;
  if (![...outcomeIndex.keys()].some((label) => label.length > text.length && label.startsWith(text))) return undefined;
  const rest = textUnder(lines, index, x);
  return rest ? outcomeIndex.get(text + normalizeLabel(rest.text)) : undefined;
}

/** An outcome column as a page's header shows it: the outcome its label names, and where the label stands. */
interface ShownColumn {
  readonly outcome: number;
  readonly x: readonly [number, number];
}

/**
 * The outcome columns a page's header shows, left to right: each label (or the start of one wrapped in its narrow
 * cell, `outcomeOf`; a part of a field that runs neighbouring cells together, `Field.parts`) with its place, once
 * however many pages print the header again. `null` where two labels that overlap name different outcomes.
 */
function shownColumns(lines: readonly Line[]): ShownColumn[] | null {
  const columns: ShownColumn[] = [];
  for (const [index, line] of lines.entries()) {
    for (const field of line.fields) {
      if (field.column !== undefined) continue;
      for (const part of partsOf(field)) {
        const outcome = part.x ? outcomeOf(part, lines, index) : undefined;
        if (outcome === undefined) continue;
        const same = columns.filter((column) => overlaps(column.x, part.x!));
        if (same.some((column) => column.outcome !== outcome)) return null;
        if (same.length === 0) columns.push({ outcome, x: part.x! });
      }
    }
  }
  return columns.sort((a, b) => a.x[0] - b.x[0]);
}

/**
 * Table 4's one row of figures on a page placed under its header's outcome labels: each figure within the width of
 * exactly one label, no two under one; a label with none under it is a blank cell. A header that shows fewer than
 * the 15 columns shows the first ones — a table wider than the page, whose right part the office program that
 * printed it cut off at the margin (LibreOffice's print of a web page) — when their number is no multiple of five
 * (whole groups could be any); the cells of the columns not shown are `undefined`. `null` unless the labels stand in
 * the format's order and every figure is so placed.
 */
function placeByShownColumns(lines: readonly Line[], values: readonly ValueToken[], dataLines: number): (ValueToken | null | undefined)[] | null {
  if (dataLines !== 1 || values.some((token) => !token.x || token.column !== undefined || token.ocr || token.run)) return null;
  const columns = shownColumns(lines);
  const group = outcomeColumns.length;
  if (!columns || columns.length > reviewPaths.length || (columns.length < reviewPaths.length && columns.length % group === 0)) return null;
  if (columns.some((column, i) => column.outcome !== i % group)) return null;
  const cells: (ValueToken | null | undefined)[] = reviewPaths.map((_, i) => (i < columns.length ? null : undefined));
  for (const token of values.flatMap((value) => partedFigures(value, columns))) {
    const under = columns.flatMap((column, i) => (overlaps(column.x, token.x!) ? [i] : []));
    if (under.length !== 1 || cells[under[0]!]) return null;
    cells[under[0]!] = token;
  }
  return cells;
}

/**
 * A figure on a page that runs over several of the header's columns, parted where its digits stand apart when each
 * part stands under a label of its own (`partedFigure`); else the token as it is (placed under no column).
 */
function partedFigures(token: ValueToken, columns: readonly ShownColumn[]): ValueToken[] {
  const under = (x: readonly [number, number]): number[] => columns.flatMap((column, i) => (overlaps(column.x, x) ? [i] : []));
  if (under(token.x!).length < 2) return [token];
  return partedFigure(token, (x) => (under(x).length === 1 ? under(x)[0] : undefined)) ?? [token];
}

/** Cells in printed order put in the format's (`order`, from `printedOrder`). */
function inFormatOrder(cells: readonly (ValueToken | null)[], order: readonly number[] | null): (ValueToken | null)[] {
  if (!order) return [...cells];
  const out: (ValueToken | null)[] = cells.map(() => null);
  cells.forEach((cell, i) => (out[order[i]!] = cell));
  return out;
}

/**
 * Values under the three group headers of a page (PDF): each value goes to the group whose header stands nearest
 * above it. A group with five values gets them in order, a group with none is blank; anything else is not placed.
 */
function placeByGroupHeaders(lines: readonly Line[], values: readonly ValueToken[]): (ValueToken | null)[] | null {
  const found = groupLabels.map((label) => {
    for (const line of lines) {
      for (const field of line.fields) if (field.x && normalizeLabel(field.text) === label) return (field.x[0] + field.x[1]) / 2;
    }
    return null;
  });
  if (found.some((centre) => centre === null) || values.some((token) => !token.x)) return null;
  const centres = found as number[];
  const groups: ValueToken[][] = [[], [], []];
  for (const token of values) {
    const middle = (token.x![0] + token.x![1]) / 2;
    const nearest = centres.reduce((best, centre, i) => (Math.abs(centre - middle) < Math.abs(centres[best]! - middle) ? i : best), 0);
    groups[nearest]!.push(token);
  }
  if (groups.some((group) => group.length !== 0 && group.length !== 5)) return null;
  return groups.flatMap((group) => (group.length === 5 ? group : [null, null, null, null, null]));
}

/**
 * Table 4 split in three small tables, as extractions print it: each group's name on a line of its own, then one
 * grid row of five fields under it (an empty field is a blank cell). `null` unless the three names stand in the
 * format's order, each followed by exactly one such row, and no row of figures stands elsewhere.
 */
function placeByGroupLabels(lines: readonly Line[], lineTokens: LineTokens): (ValueToken | null)[] | null {
  const rows: (readonly ValueToken[] | undefined)[] = [];
  let group = -1;
  for (const [index, line] of lines.entries()) {
    const next = line.fields.length === 1 ? groupLabels.indexOf(normalizeLabel(line.fields[0]!.text)) : -1;
    if (next >= 0) {
      if (next !== group + 1) return null;
      group = next;
      continue;
    }
    const tokens = lineTokens.of(line, index);
    if (line.fields.length < 2 || !tokens.every((token) => token.kind === 'value')) continue;
    if (group < 0 || rows[group] || tokens.length !== outcomeColumns.length) return null;
    rows[group] = tokens as readonly ValueToken[];
  }
  if (rows.length !== groupLabels.length || rows.some((row) => !row)) return null;
  return rows.flatMap((row) => row!.map((token) => (token.printed === '' ? null : token)));
}

/** Table 4's 15 columns in printed order: the five outcome columns for each of its three groups. */
const reviewColumns = reviewPaths.map((_, i) => outcomeColumns[i % outcomeColumns.length]!);

/** Each group's total (its fifth cell) is the sum of its four outcomes (T4.R1), checked as soon as it is cut. */
function groupTotalsHold(cells: readonly (number | null)[]): boolean {
  const group = outcomeColumns.length;
  if (cells.length % group !== 0) return true;
  const last = cells.slice(-group);
  if (last.some((value) => value === null)) return true;
  return last.slice(0, -1).reduce<number>((sum, value) => sum + value!, 0) === last.at(-1);
}

/**
 * Whether T4.R1 proves the printed order of a row of 15 whose order the print does not vouch for (values on lines of
 * their own): in each group the total is the sum of its four outcomes, all five printed as figures — a blank or a
 * placeholder leaves the identity unassessable, so it proves nothing — unless all five print the same (their order
 * then changes no cell).
 */
function everyGroupProvesOrder(values: readonly ValueToken[]): boolean {
  const group = outcomeColumns.length;
  for (let start = 0; start < values.length; start += group) {
    const cells = values.slice(start, start + group).map((token) => token.value);
    if (cells.every((value) => value === cells[0])) continue;
    if (cells.some((value) => value === null) || !groupTotalsHold(cells)) return false;
  }
  return true;
}

/**
 * A group whose figures stand on lines of their own as `X 0 0 0 X` balances both in the order printed (结果维持 X) and
 * drawn total first, as PDFs now and then draw a group (尚未审结 X): the two cells that hold X in one reading and 0 in
 * the other are withdrawn with both values as candidates, the rest of the group being the same either way — the
 * whole group where the header prints another order than the format's.
 */
function leaveDrawnEitherWay(values: readonly ValueToken[], order: readonly number[] | null, assembler: Assembler): void {
  const group = outcomeColumns.length;
  for (let start = 0; start < values.length; start += group) {
    const cells = values.slice(start, start + group).map((token) => token.value);
    const first = cells[0]!;
    if (first === 0 || cells[group - 1] !== first || cells.slice(1, -1).some((value) => value !== 0)) continue;
    const open = order ? paths.slice(start, start + group) : [paths[start]!, paths[start + group - 2]!];
    assembler.withdraw(open, [first, 0]);
    assembler.ambiguous(
      open,
      values.slice(start, start + group).map((token) => token.printed).join(' '),
      values[start]!.place,
      '各数值分行印出，按印出的顺序与总计在前的绘制顺序都符合 T4.R1',
      'its figures stand on lines of their own and balance T4.R1 both in the order printed and drawn total first',
    );
  }
}

/**
 * Whether the figures as printed, each one number, with the cells they lack left blank somewhere, print some group
 * whole and balance every group printed whole (T4.R1): a print of fewer figures than cells read so — blanks print
 * nothing in a PDF's text, and a page's margin may cut a column off (LibreOffice's print of a wide page: `0 9 10 6 25
 * 10 8 0 0 18 0 0 10 1`, the last total cut) — which a cut of a figure into two cells (`10` as 1 and 0, the last group
 * then `0 0 1 0 1`) does not rule out. A figure that is no number as printed (a leading zero, more digits than a cell
 * holds) is a run of cells; a print of too few figures to give any group whole (crawler text's `27 109
 * 156130003801110`) is no such reading.
 */
function blanksExplain(tokens: readonly ValueToken[]): boolean {
  const width = reviewPaths.length;
  if (tokens.length >= width) return false;
  if (tokens.some((token) => token.value !== null && (/^0\d/u.test(token.printed) || countDigits(token.printed) > exactDigits))) return false;
  const printed = tokens.map((token) => token.value);
  // every choice of the cells left blank, as the bits of `blank`
  for (let blank = 0; blank < 2 ** width; blank++) {
    if (bitCount(blank) !== width - printed.length) continue;
    const cells: Array<number | null> = [];
    let next = 0;
    for (let i = 0; i < width; i++) cells.push(blank & (1 << i) ? null : printed[next++]!);
    if (wholeGroupsBalance(cells)) return true;
  }
  return false;
}

/** Whether some group is printed whole and every group printed whole balances (T4.R1). */
function wholeGroupsBalance(cells: readonly (number | null)[]): boolean {
  const group = outcomeColumns.length;
  let whole = 0;
  for (let end = group; end <= cells.length; end += group) {
    if (!groupTotalsHold(cells.slice(0, end))) return false;
    if (cells.slice(end - group, end).every((value) => value !== null)) whole++;
  }
  return whole > 0;
}

function bitCount(bits: number): number {
  let count = 0;
  for (let rest = bits; rest > 0; rest >>>= 1) count += rest & 1;
  return count;
}

const paths = reviewPaths.map((path) => `reviewAndLitigation.${path}`);

/**
 * Sets one group's five cells as printed; cells read by OCR only as far as T4.R1 proves them: a doubted digit is
 * settled by the group's total among the engine's alternatives, and a group no reading balances is left unread —
 * its empty cells too when it does not balance with them blank (`blankBreaksOcrRow`).
 */
function placeGroup(group: readonly string[], cells: readonly (ValueToken | null)[], assembler: Assembler): void {
  if (blankBreaksOcrRow(cells, groupTotalsHold)) return leaveBrokenOcrRow(group, cells, 'T4.R1', assembler, true);
  if (!needsOcrProof(cells, groupTotalsHold)) {
    cells.forEach((token, i) => (token ? assembler.set(group[i]!, token) : assembler.blank(group[i]!)));
    return;
  }
  const open = ocrRowReadings(cells, groupTotalsHold);
  if (open === null) return settleOcrRow(group, cells, null, [], assembler);
  if (open.readings.length === 0) return leaveBrokenOcrRow(group, cells, 'T4.R1', assembler);
  const solved = solveRows([{ key: 'group', candidates: open.readings }], [], outcomeColumns.length).rows.get('group')!;
  settleOcrRow(group, cells, solved, open.decided ? ['T4.R1'] : [], assembler);
}

/** Where a line's prose starts: its first text token with a sentence's end (`。；！？`) after a value; -1 for none. */
function proseStart(tokens: readonly Token[]): number {
  let value = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'value') value = true;
    else if (value && /[。；！？]/u.test(token.text)) return i;
  }
  return -1;
}

/**
 * Table 4: one data row of 15 numbers (three groups of five), printed as one row, three small tables, a run of
 * space-separated numbers, or digits run together (cut by the group totals, T4.R1, then by the figures the prose
 * states, `stated`). When fewer than 15 values are printed, they are placed under the header's grid columns or the
 * group headers on a page; otherwise the cells no reading proves are left unread with a diagnostic.
 */
export function readReview(lines: readonly Line[], assembler: Assembler, lineTokens: LineTokens, stated: StatedReview): void {
  const values: ValueToken[] = [];
  const dataLines: ValueToken[][] = [];
  let emptyFields = false;
  /** Digits the table prints that read as no figure (a run too long for one, `3人次`): a cell nobody read. */
  let unreadDigits = false;
  let prose = false;
  let count = 0;
  /** Where the table's figures stand among its label text (`groupsVouched`). */
  const blocks = new ReviewBlocks();
  for (let index = 0; index < lines.length && !prose; index++) {
    const line = lines[index]!;
    spendBudget(line.fields.length);
    const all = lineTokens.of(line, index);
    count += countValues(all);
    if (count > maxTableValues) {
      assembler.note(tooManyValuesNote(paths, line.place));
      paths.forEach((path) => assembler.unread(path, []));
      return;
    }
    // A sentence after the figures is the next section's prose, run on where its heading was not found.
    const end = proseStart(all);
    if (end >= 0) prose = true;
    const table = end >= 0 ? all.slice(0, end) : all;
    if (table.some((token) => token.kind === 'text' && /\d/u.test(token.text))) unreadDigits = true;
    for (const token of table) blocks.read(token);
    const tokens = table.filter((token): token is ValueToken => token.kind === 'value');
    if (tokens.some((token) => token.printed !== '')) {
      dataLines.push(tokens);
      for (const token of tokens) if (token.printed !== '') values.push(token);
    } else if (tokens.length >= outcomeColumns.length && all.every((token) => token.kind === 'value')) {
      // A row of empty fields and nothing else prints the table blank; a header line's empty fields do not, nor
      // cells whose text is no figure.
      emptyFields = true;
    }
  }
  const order = printedOrder(lines);
  if (order === 'unknown') {
    // a header whose outcome columns stand in an order no group of five explains: no figure's column is known
    if (values.length > 0 || emptyFields) unreadTable(assembler, values.length, values[0]?.place, paths, 0, true);
    else if (lines.length > 0) unreadTable(assembler, 0, undefined);
    return;
  }
  const place = (printed: readonly (ValueToken | null)[]): void => {
    const cells = inFormatOrder(printed, order);
    for (let start = 0; start < cells.length; start += outcomeColumns.length) {
      const end = start + outcomeColumns.length;
      placeGroup(paths.slice(start, end), cells.slice(start, end), assembler);
    }
  };
  if (values.length === 15 && !sharesGridField(values)) {
    // On one line of text with no places, a figure wrapped in its narrow cell may print its parts side by side
    // (`999 88`), beside a blank that prints nothing: the count then fits, and only the identities vouch for it.
    const oneLine = trustsOrder(values);
    const wrapped = mayBeWrapped(values);
    // Each group's balance proves the order within it, not the groups' order: figures printed apart by label text
    // may be the groups of blocks the PDF drew in another order.
    if (oneLine && !(wrapped && withoutPlaces(values))) return place(values);
    if (everyGroupProvesOrder(values) && blocks.groupsVouched()) {
      place(values);
      return leaveDrawnEitherWay(values, order, assembler);
    }
    values.forEach((_, i) => assembler.unread(paths[i]!, []));
    const figures = values.map((token) => token.value);
    // fifteen figures of which one may be wrapped are not fifteen cells (blanks print nothing): no order proves anything
    if (figures.every((value) => value !== null) && !wrapped && !balancesInSomeOrder(figures as number[], outcomeColumns.length)) {
      assembler.note(unbalancedPrintNote('T4.R1', paths, values.map((token) => token.printed).join(' '), values[0]!.place));
    }
    const [zh, en] = oneLine
      ? ['表四的数值印在一行，其中有可能在窄格中折行的数，按印出的顺序 T4.R1 不成立或因空白无法核对', "Table 4's values stand on one line with figures that may be wrapped in their narrow cells, and in this order T4.R1 breaks or, with blanks, cannot be checked"]
      : everyGroupProvesOrder(values)
        ? ['表四的数值分行印出，其间夹有表头文字（PDF 分块绘制表格），而各段数值与三组的表头对不上，各组数值的先后无法确定', "Table 4's values stand on lines of their own with header text between them (the PDF drew the table in blocks) that does not mark off its three groups: the groups' order is not proven"]
        : ['表四的数值分行印出，按印出的顺序 T4.R1 不成立或因空白无法核对', "Table 4's values stand on lines of their own, and in this order T4.R1 breaks or, with blanks, cannot be checked"];
    assembler.note({
      rule: 'parser/ambiguous-row',
      severity: 'warning',
      status: 'fail',
      message: `${zh}，无法确定其所在栏目，未读取`,
      messageEn: `${en}; their columns cannot be determined, left unread`,
      paths: [...paths],
      place: values[0]!.place,
    });
    return;
  }
  if (values.length === 0) {
    // An empty data row under the header prints the table blank; no row at all leaves it unread.
    if (emptyFields) paths.forEach((path) => assembler.blank(path));
    else if (lines.length > 0) unreadTable(assembler, 0, undefined);
    return;
  }
  // More than fifteen figures, none in a column: no faithful print of the table's one row.
  if (values.length > 15 && values.every((token) => token.column === undefined)) assembler.overfill();
  const positions = headerPositions(lines);
  const row = dataLines.length === 1 ? spreadBlanksOver(dataLines[0]!, positions) : null;
  // A figure of several digits where separators may be lost is a run to cut, never one cell (`| 780747162… |`).
  const merged = lacksFields(row ?? values, 15, positions);
  if (positions.length === 15 && row && !merged && row.every((token) => token.column !== undefined && !token.run) && !sharesGridField(values)) {
    place(positions.map((position) => row.find((token) => token.column === position) ?? null));
    for (const extra of row.filter((token) => token.printed !== '' && !positions.includes(token.column!))) {
      assembler.note({
        rule: 'parser/extra-value',
        severity: 'warning',
        status: 'fail',
        message: `表四数据行第 ${extra.column! + 1} 栏的“${extra.printed}”不在任何表头之下，已忽略`,
        messageEn: `Table 4's data row has “${extra.printed}” in field ${extra.column! + 1}, under no header column; ignored`,
        paths: [],
        place: extra.place,
      });
    }
    return;
  }
  // one data row of fifteen fields side by side, under a header whose merged cells give them no grid index
  if (row && !merged && !row.some((token) => token.run) && fieldPerColumn(row, 15) && !sharesGridField(values)) return place(row);
  const shown = order || unreadDigits ? null : placeByShownColumns(lines, values, dataLines.length);
  if (shown) return placeShown(shown, assembler);
  const byGroup = placeByGroupHeaders(lines, values) ?? placeByGroupLabels(lines, lineTokens);
  if (byGroup) return place(byGroup);
  // a cut of a run gives cells in the format's order, not in the header's other one
  if (order) return unreadTable(assembler, values.length, values[0]!.place);
  // Only a single data line can have had its separators lost; values on several lines were printed apart.
  const runs = row && merged ? markRuns(row).filter((token) => token.printed !== '') : values;
  if (runs.some((token) => token.run) && runs.length < 15) {
    const splits = splitValues(runs, reviewColumns, groupTotalsHold);
    // A dropped blank could explain the print too, unless every reading's groups are all printed and balance; so
    // could a figure wrapped in its narrow cell, printed as two (`941 … 86 01`) in text without places.
    const wrapped = runs.length > 1 && withoutPlaces(runs) && mayBeWrapped(runs);
    // Nor is any split proven where the figures as printed, with the cells they lack blank, balance too.
    const vouched = ((!admitsFewerCells(runs, 15) && !wrapped) || splits.candidates.every((cells) => cells.every((value) => value !== null))) && !blanksExplain(runs) && !blocks.totalsCut();
    if (splits.complete && splits.candidates.length > 0 && vouched) {
      const solve = (candidates: readonly RowCells[]) =>
        solveRows([{ key: 'review', candidates }], [], 15).rows.get('review') ?? candidates[0]!.map((value): SolvedCell => ({ proven: true, value, excluded: [] }));
      const byPrint = solve(splits.candidates);
      // Where T4.R1 leaves cuts open, the figures the prose states choose among them (never against all of them).
      const agreeing = splits.candidates.filter((cells) => agreesWithStated(cells, stated));
      const byProse = byPrint.some((cell) => !cell.proven) && agreeing.length > 0 && agreeing.length < splits.candidates.length ? solve(agreeing) : null;
      const rule = splits.pruned ? ['T4.R1'] : [];
      const { cells, stated: byStated } = settleByStated(byPrint, byProse ?? undefined, splits.candidates);
      const open = cells.flatMap((cell, i) => (cell.proven ? [] : [paths[i]!]));
      cells.forEach((cell, i) => {
        if (cell.proven) assembler.resolve(paths[i]!, cell.value, runs[0]!.place, byStated[i] ? [...rule, 'prose'] : rule, cell.excluded);
        else assembler.unread(paths[i]!, cell.candidates);
      });
      if (open.length > 0) unreadTable(assembler, runs.length, runs[0]!.place, open, splits.candidates.length);
      return;
    }
    // Every cut of the digits into fifteen cells breaks T4.R1, and none into fewer exists: the print does not balance.
    if (breaksEveryCut(runs, splits, 15) && !wrapped) {
      assembler.note(unbalancedPrintNote('T4.R1', paths, runs.map((token) => token.printed).join(' '), runs[0]!.place));
    }
  }
  unreadTable(assembler, values.length, values[0]!.place);
}

/**
 * Sets the cells a page's header shows (`placeByShownColumns`): whole groups as `placeGroup` does, a group cut by the
 * page's margin cell by cell, as printed; the cells of the columns not shown are left unread.
 */
function placeShown(cells: readonly (ValueToken | null | undefined)[], assembler: Assembler): void {
  const missing: string[] = [];
  for (let start = 0; start < cells.length; start += outcomeColumns.length) {
    const end = start + outcomeColumns.length;
    const group = cells.slice(start, end);
    if (group.every((cell) => cell !== undefined)) {
      placeGroup(paths.slice(start, end), group, assembler);
      continue;
    }
    group.forEach((cell, i) => {
      const path = paths[start + i]!;
      if (cell === undefined) {
        missing.push(path);
        assembler.unread(path, []);
      } else if (cell) assembler.set(path, cell);
      else assembler.blank(path);
    });
  }
  if (missing.length === 0) return;
  const first = cells.find((cell) => cell);
  assembler.note({
    rule: 'parser/missing-column',
    severity: 'warning',
    status: 'fail',
    message: `表四的表头只印出前 ${cells.length - missing.length} 栏（表格宽于页面时，超出页边的部分不印出），其余 ${missing.length} 栏未读取`,
    messageEn: `Table 4's header shows only its first ${cells.length - missing.length} columns (a table wider than the page is cut at its margin); the other ${missing.length} are left unread`,
    paths: missing,
    ...(first ? { place: first.place } : {}),
  });
}

function unreadTable(assembler: Assembler, count: number, at: Place | undefined, open: readonly string[] = paths, readings = 0, reordered = false): void {
  paths.filter((path) => open.includes(path)).forEach((path) => {
    if (!assembler.readings[path]) assembler.unread(path, []);
  });
  assembler.note({
    rule: 'parser/ambiguous-row',
    severity: 'warning',
    status: 'fail',
    message: reordered
      ? '表四表头的栏目次序与标准格式不同，无法确定数值所在栏目，未读取'
      : readings > 1
        ? `表四的数字连在一起，有 ${readings} 种符合勾稽关系的拆分，不能确定的单元格未读取`
        : count === 0
          ? '表四没有数据行，未读取'
          : `表四印有 ${count} 个数值而非 15 个，无法确定其所在栏目，未读取`,
    messageEn: reordered
      ? "Table 4's header prints its outcome columns in another order than the format's; the values' columns cannot be determined, left unread"
      : readings > 1
        ? `Table 4's digits ran together and ${readings} cuts satisfy its identities; the cells they disagree on are left unread`
        : count === 0
          ? 'Table 4 has no data row; left unread'
          : `Table 4 prints ${count} values instead of 15 and their columns cannot be determined; left unread`,
    paths: [...open],
    ...(at ? { place: at } : {}),
  });
}
