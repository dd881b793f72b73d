import type { ColumnEntry, Diagnostic, Place } from '@disclosure/core/lite';
import { spendBudget } from '../budget.ts';
import type { Line } from '../layout/layout.ts';
import { BoundedNotes } from './bounded-notes.ts';
import { countValues, maxTableValues, tooManyValuesNote } from './too-many-values.ts';
import { matchRow, type RowMatch } from './match-row.ts';
import { normalizeText } from './normalize.ts';
import { findHeaderColumns, headerPositions, headerReordered, lacksFields, markRuns, placeValues, underOtherTextHeader, type HeaderColumns } from './placement.ts';
import type { RowTarget } from './row-catalogue.ts';
import { learnColumns, learnedCentres, placeByLearnedColumns } from './learned-columns.ts';
import type { RowSplits } from './split-values.ts';
import type { LineTokens } from './line-tokens.ts';
import type { Token, ValueToken } from './tokens.ts';
import { mayBeWrapped, withoutPlaces } from './text-wraps.ts';

/**
 * What was read for one row: a value token per column, placed by count or by position (`null` where nothing is
 * printed under a column); the readings of values whose cell separators were lost; or values that fit no reading.
 */
export type RowReading =
  | { readonly kind: 'cells'; readonly cells: readonly (ValueToken | null)[]; readonly extra: readonly ValueToken[] }
  /**
   * `turns`: for a row read as turns of its printed values (`readByRotations`), each candidate's tokens in column
   * order, so that a cell's place is the token it was read from.
   */
  | { readonly kind: 'split'; readonly tokens: readonly ValueToken[]; readonly splits: RowSplits; readonly turns?: readonly (readonly ValueToken[])[] }
  /**
   * `lacking`: the row lacks fields (`lacksFields`), so where its values stand does not place them either. `why`:
   * what left it open, when it is not the count of its values (Chinese, English).
   */
  | {
      readonly kind: 'ambiguous';
      readonly tokens: readonly ValueToken[];
      readonly lacking: boolean;
      readonly why?: readonly [string, string];
      /** The grid columns of the row's fields, empty ones too (for a grid row). */
      readonly fields?: ReadonlySet<number>;
    };

/** Lists the readings of a row's values when some of them are runs of digits (see `splitValues`). */
export type SplitRow = (tokens: readonly ValueToken[], target: RowTarget) => RowSplits;

/** One recognised row. */
export interface ReadRow {
  readonly target: RowTarget;
  readonly reading: RowReading;
  readonly label: string;
  readonly distance: number;
  /** What placed the row when its label did not (`order`: the format's row order). */
  readonly by?: readonly string[];
  /**
   * For a row placed by the count of its figures in text without places, one of them wide enough to be a wrapped
   * figure's first line (`mayBeWrapped`): `shown` when the table's text shows figures wrapped in narrow cells
   * (`ReadRowsResult.wrapsShown`), else `possible`. The count may then hold a wrapped figure's
   * two parts beside a blank that prints nothing; only the row's own identity can vouch for it. `shown` also marks
   * a row of runs to cut in such text (`366 01` may be 36601 beside a blank, not 366, 0 and 1).
   */
  readonly wraps?: 'shown' | 'possible';
}

/** Reader notes about rows: how each was found, what was odd. */
export interface ReadRowsResult {
  readonly rows: readonly ReadRow[];
  readonly notes: readonly Diagnostic[];
  /** Every value printed in the table's lines (not empty fields), in reading order. */
  readonly printed: readonly ValueToken[];
  /**
   * The table's text, without places, shows figures wrapped in narrow cells: a row prints more figures than it has
   * cells with one wide enough to be a wrapped figure's first line (`overfull`) under a header that names no column
   * the format lacks, or figures stand beside the rest of a row's label (`restOfLabel`). Its count of figures is
   * then not its count of cells.
   */
  readonly wrapsShown: boolean;
  /**
   * The printed values that come first after label text on their line (`（二）部分公开 447`): where a row's values
   * are turned (`readByRotations`), only such a value can be its first cell, standing beside its label.
   */
  readonly afterLabels: ReadonlySet<ValueToken>;
  /** The header is cut short at a page's margin (`HeaderColumns.cut`, `cutInText`): figures there may be cut or gone. */
  readonly cutShort: boolean;
  /** The lines with figures that have an empty grid field too (a blank cell): their count of figures is not their count of fields. */
  readonly emptyFieldLines: ReadonlySet<number>;
}

function groupRuns(tokens: readonly Token[]): Array<{ text: string; values: ValueToken[] }> {
  const groups: Array<{ text: string; values: ValueToken[] }> = [];
  let text = '';
  let values: ValueToken[] = [];
  for (const token of tokens) {
    if (token.kind === 'text') {
      if (values.length > 0) {
        groups.push({ text, values });
        text = '';
        values = [];
      }
      text += token.text;
    } else values.push(token);
  }
  groups.push({ text, values });
  return groups;
}

/** A run of values with the label text printed since the previous run. */
interface Segment {
  readonly before: string;
  /** The label text of `before` outside header rows. */
  readonly labels: string;
  readonly values: ValueToken[];
  /** The label text on the values' own line, before them (normalised): a row's label there makes them that row's. */
  readonly own: string;
  /** True for a grid row of a row's whole label (`own`) and empty fields only (`printsBlankRow`). */
  readonly blank?: true;
  /** The text after the values on their own line, up to the next values there (normalised). */
  tail?: string;
}

/**
 * The document's runs of values, each with the normalised label text before it; and the text after the last. Past
 * {@link maxTableValues} values, the place of the line that passes them instead: the lines after it are not even
 * tokenised.
 */
function segmentsOf(
  lines: readonly Line[],
  tokens: LineTokens,
  targets: readonly RowTarget[],
): { segments: Segment[]; trailing: string } | { tooMany: Place } {
  const segments: Segment[] = [];
  /** Whether the last segment holds a grid row's value (a column's), kept as it grows rather than searched. */
  let lastInGrid = false;
  let before = '';
  let labels = '';
  let values = 0;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    // by cells, not lines: one line may hold thousands of them
    spendBudget(line.fields.length);
    const lineTokens = tokens.of(line, index);
    values += countValues(lineTokens);
    if (values > maxTableValues) return { tooMany: line.place };
    const groups = groupRuns(lineTokens);
    const last = segments.at(-1);
    // Text copied out of a PDF viewer prints one cell per line, or a row's figures over two lines: a line of figures
    // and nothing else (not a grid row) continues the values before it — unless they are a grid row's, whose fields
    // are all its cells (a bare page number after it is none of them).
    const continues = last && before === '' && groups.length === 1 && groups[0]!.text.trim() === '' && line.fields.length === 1;
    if (continues && !lastInGrid) {
      last.values.push(...groups[0]!.values);
      lastInGrid = groups[0]!.values.some((token) => token.column !== undefined);
      continue;
    }
    // A grid row of text only is a header row (maybe a wrong one, `| 项目 | 予以公开 | … |`): no row's label — unless
    // it is text and then empty fields: a label torn from its values (`| 一、本年新收… | |`), or, when it is a row's
    // whole label with a field for each of its cells, that row printed blank.
    const textOnly = line.fields.length > 1 && groups.every((group) => group.values.every((token) => token.printed === ''));
    const labelRow = textOnly && groups.length === 1 && groups[0]!.values.length > 0;
    const blankRow = labelRow && printsBlankRow(normalizeText(groups[0]!.text), emptyCells(line), targets);
    let previous: Segment | undefined;
    for (const { text, values } of groups) {
      const normalized = normalizeText(text);
      if (previous && normalized !== '') previous.tail = normalized;
      previous = undefined;
      before += normalized;
      if (!textOnly || labelRow) labels += normalized;
      if (values.every((token) => token.printed === '') && !blankRow) continue;
      previous = blankRow ? { before, labels, values, own: normalized, blank: true } : { before, labels, values, own: normalized };
      segments.push(previous);
      lastInGrid = values.some((token) => token.column !== undefined);
      before = '';
      labels = '';
    }
  }
  return { segments: keepBlankRows(segments, targets), trailing: before };
}

/**
 * Rows printed blank, kept only where the values after them have a label of their own: a row's label, or any text on
 * their line (a row the format lacks, `行政确认 12`, after `行政许可` printed blank: its figure is not 行政许可's). Labels
 * torn from their values (an extraction's table of labels with empty fields, its values in tables after it) look
 * like blank rows too; a run of them before values with no label is the labels of those values, which the row order
 * then places.
 */
function keepBlankRows(segments: readonly Segment[], targets: readonly RowTarget[]): Segment[] {
  const kept: Segment[] = [];
  let run: Segment[] = [];
  for (const segment of segments) {
    if (segment.blank) {
      run.push(segment);
      continue;
    }
    // (`labels` holds the values' own line's label text too)
    if (run.length > 0 && segment.own === '' && labelsIn(segment.labels, targets) === 0) {
      kept.push({
        before: run.map((blank) => blank.before).join('') + segment.before,
        labels: run.map((blank) => blank.labels).join('') + segment.labels,
        values: segment.values,
        own: segment.own,
        ...(segment.tail !== undefined ? { tail: segment.tail } : {}),
      });
    } else kept.push(...run, segment);
    run = [];
  }
  return [...kept, ...run];
}

/** How many grid columns a line's empty fields cover: a field merged over several columns counts for each. */
function emptyCells(line: Line): number {
  let cells = 0;
  for (const field of line.fields) if (field.text.trim() === '') cells += field.span ?? 1;
  return cells;
}

/**
 * Whether a grid row of `fields` empty cells after the label text `text` (normalised) is a row printed blank: the
 * text ends with a row's whole label as the format prints it (its first form) — a wrapped label's first line, or a
 * header, does not — and there is an empty cell for each of that row's cells.
 */
function printsBlankRow(text: string, fields: number, targets: readonly RowTarget[]): boolean {
  return targets.some((target) => fields >= target.columns.length && text.endsWith(target.labels[0]!));
}

/**
 * How many of the table's rows print a label of theirs in `text` (normalised). 2021's （六）其他处理 is not
 * counted before a sub-row's label: it heads its three sub-rows there.
 */
function labelsIn(text: string, targets: readonly RowTarget[]): number {
  if (text === '') return 0;
  // loops, not `filter` and `some` over closures: this runs for every run of values
  let found = 0;
  let heading = false;
  let otherHandling = false;
  for (const target of targets) {
    let printed = false;
    for (const label of target.labels) {
      if (label.length >= 2 && label.length <= text.length && text.includes(label)) {
        printed = true;
        break;
      }
    }
    if (!printed) continue;
    found++;
    if (target.path.startsWith('otherHandling.')) heading = true;
    else if (target.path === 'otherHandling') otherHandling = true;
  }
  return heading && otherHandling ? found - 1 : found;
}

/** An ordinal in normalised text, where a label may begin (`2.`, `(三)`, `三,`). */
const ordinals = /\d{1,2}[.,]|\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3},/gu;

/**
 * Whether another row's label, or another group's (`三、本年度办理结果`), begins in `text` (what stands between a
 * label found and its values): right at its start, or after an ordinal — from a Han character, its first four
 * characters, or what is left of `text` (`行政规范`, `1.属于国`, `(一)予`: a label's first line in a narrow column,
 * beside its values) — or, after an ordinal, a form of a label that keeps the ordinal (`3.其他`). The found row's own
 * group may stand there: a merged group cell prints its label beside whichever of its rows is in its middle.
 */
function beginsOtherLabel(text: string, forms: readonly string[]): boolean {
  const startsLabel = (rest: string): boolean => {
    const start = rest.slice(0, 4);
    return (start.length >= 2 || start === rest) && /^\p{Script=Han}/u.test(start) && forms.some((form) => form.startsWith(start));
  };
  if (startsLabel(text)) return true;
  for (const ordinal of text.matchAll(ordinals)) {
    const from = text.slice(ordinal.index);
    if (startsLabel(from.slice(ordinal[0].length))) return true;
    if (forms.some((form) => /^[\d(一二三四五六七八九十]/u.test(form) && from.startsWith(form))) return true;
  }
  return false;
}

/** The label forms of the rows other than `found`, and of the groups other than its own, each once. */
function formsBeside(targets: readonly RowTarget[], found: RowTarget): string[] {
  return [...new Set(targets.flatMap((target) => (target === found ? [] : [...target.labels, ...target.group.filter((form) => !found.group.includes(form))])))];
}

/**
 * The row a run of values belongs to: by the label text before it; failing that, by the label text around it,
 * for a label wrapped in its cell whose values stand beside its first line (the rest of the label follows them).
 * A label found around the values must start before them, so the next row's label is never taken. Nor is a label
 * found before them when another row's label begins between the two (`…2.没有现成 … 2 0 … 2` after `1.本机关不掌握
 * 相关政府信息`, as a row cut by a page break prints the rest of its label after its neighbour's began): the values
 * stand beside that other label.
 */
function matchSegment(
  before: string,
  after: string,
  open: ReadonlySet<RowTarget>,
  next: number,
  read: Iterable<RowTarget>,
  others: (found: RowTarget) => readonly string[],
): RowMatch | null {
  // a label of `text` that ends before the values (at `values`) with another row's label begun between is not theirs
  const beside = (match: RowMatch | null, text: string, values: number): RowMatch | null =>
    match && (match.end >= values || !beginsOtherLabel(text.slice(match.end, values), others(match.target))) ? match : null;
  const match = beside(matchRow(before, open, next, Number.POSITIVE_INFINITY, read), before, before.length);
  if (match || after === '') return match;
  // Enough of each side for the longest label, within matchRow's search window.
  const head = before.slice(-50);
  const around = head + after.slice(0, 30);
  return beside(matchRow(around, open, next, head.length), around, head.length) ?? matchAroundGroupLabel(before, head, after, open, next);
}

/**
 * A merged group cell prints its label (`（三）不予公开`) on the line of whichever of its rows stands in its middle; when
 * that row's own label is wrapped in its cell, the group label stands between the label's two halves, before the
 * values (`2.其他法律行` / `（三）不予公开 0 0 …` / `政法规禁止公开`). The row is then looked for among that group's
 * rows only, in the label text around the values without the group label. The match's end is counted from the start
 * of `before`, past its end: the label ends after the values.
 */
function matchAroundGroupLabel(before: string, head: string, after: string, open: ReadonlySet<RowTarget>, next: number): RowMatch | null {
  let group: string | undefined;
  for (const target of open) {
    group = target.group.find((form) => form.length >= 4 && head.endsWith(form));
    if (group) break;
  }
  if (!group) return null;
  const inGroup = [...open].filter((target) => target.group.includes(group));
  const rest = head.slice(0, -group.length);
  const match = matchRow(rest + after.slice(0, 30), inGroup, next, rest.length);
  return match && { ...match, end: before.length + Math.max(0, match.end - rest.length) };
}

/**
 * Reads a table printed as rows of label and values, in any of the shapes real reports have: one row per line,
 * labels wrapped over lines with the values on another, a whole table run into one line. Each run of values is
 * given to the row whose label best ends the label text before it (see `matchRow`), and placed under the header of
 * `columns` found in the lines — looked for only once the lines are known to be within {@link maxTableValues}, as a
 * stretch past it is not read at all.
 */
export function readRows(
  lines: readonly Line[],
  targets: readonly RowTarget[],
  columns: readonly ColumnEntry[],
  split: SplitRow,
  tokens: LineTokens,
): ReadRowsResult {
  const rows: ReadRow[] = [];
  /** Each row read, by where it stands in `rows`. */
  const readAt = new Map<RowTarget, number>();
  const notes = new BoundedNotes();
  const open = new Set(targets);
  let next = 0;
  const runs = segmentsOf(lines, tokens, targets);
  if ('tooMany' in runs) return { rows: [], notes: [tooManyValuesNote(targets.flatMap((target) => target.paths), runs.tooMany)], printed: [], wrapsShown: false, afterLabels: new Set(), cutShort: false, emptyFieldLines: new Set() };
  const { segments, trailing } = runs;
  const header = findHeaderColumns(lines, columns, targets.flatMap((target) => [...target.labels, ...target.group]).join(' '));
  /** The row the run before was read into, where it stands in `rows`. */
  let previous: { readonly row: number; readonly target: RowTarget } | undefined;
  /** Figures stood beside the rest of a row's label (`restOfLabel`). */
  let wrapSeen = false;
  /** Each row's `formsBeside`, made once. */
  const beside = new Map<RowTarget, readonly string[]>();
  const others = (found: RowTarget): readonly string[] => {
    let forms = beside.get(found);
    if (!forms) beside.set(found, (forms = formsBeside(targets, found)));
    return forms;
  };
  /** The first run of figures printed before its label, if any (`printedBeforeLabel`). */
  let figuresFirst: readonly ValueToken[] | undefined;
  /** The rows read from figures without places on lines of their own: where `rows` holds them. */
  const apart = new Set<number>();
  /** The figures of the run before, when no label claimed them and none stands before them (`printedBeforeLabel`). */
  let unclaimed: readonly ValueToken[] | undefined;
  segments.forEach(({ before, labels, values, own, blank, tail }, i) => {
    const prior = previous;
    previous = undefined;
    const after = segments[i + 1]?.before ?? trailing;
    // Values on the next line of the row before, beside the rest of its label, in text without places: maybe the
    // digits of its wide figures wrapped in their cells, or figures it has no cell for.
    if (prior && values.every((token) => !token.x) && mayHoldWrapped(rows[prior.row]!) && restOfLabel(before, prior.target)) {
      rows[prior.row] = wrappedBelow(rows[prior.row]!, values);
      wrapSeen = true;
      return;
    }
    // Labels torn from their values (a PDF→Markdown extraction): several row labels with no values between them,
    // then values. The label nearest the values is then not theirs (they start at the first), unless the rows
    // before printed nothing at all; only the row order can tell, so it decides.
    const found = matchSegment(before, after, open, next, readAt.keys(), others);
    // A label with a block heading (`第二十条第（九）项`) between it and the values belongs to the block before.
    const nearest = found && found.end <= before.length && /第二十条/u.test(before.slice(found.end)) ? null : found;
    // So too a row's label printed whole, then the label that ends after the values, which stand on lines of their own
    // (`行政许可` `其他对外管理服务` `5` `0` `8` `事项`: a PDF viewer's copy of a column of labels drawn before the figures).
    const endsAfter = nearest !== null && !nearest.target.labels.some((label) => label.length >= 2 && labels.includes(label));
    const torn = labelsIn(labels, targets) >= (endsAfter && own === '' && withoutPlaces(values) ? 1 : 2) && labelsIn(own, targets) === 0;
    const match = torn ? null : nearest;
    // A run of placeholders only (`/`, `—`) is a row only when it fits one: empty tables that some extractions
    // print (`| - | - |` under a header) must not use up a row of the format.
    if (blank) {
      // only the row whose whole label the blank row prints
      if (!match || !own.endsWith(match.target.labels[0]!)) return;
    } else if (values.every((token) => token.value === null)) {
      if (!match || readingOf(values, match.target, header, split).kind !== 'cells') return;
    }
    const figuresBefore = unclaimed;
    unclaimed = undefined;
    if (!match) {
      const place = values.find((token) => token.printed !== '')?.place;
      notes.pushUnplaced('parser/unlabelled-values', place, () => unlabelledNote(before.slice(-30), values, place));
      if (!figuresFirst && own === '' && printedBeforeLabel(values, before, targets, 2)) figuresFirst = values;
      if (own === '' && printedBeforeLabel(values, before, targets, 1)) unclaimed = values;
      return;
    }
    const { target } = match;
    const stray = strayCell(before, match.end, targets) || strayCell(tail ?? '', 0, targets);
    const earlier = readAt.get(target);
    if (earlier !== undefined) {
      if (!blank) rows[earlier] = printedAgain(rows[earlier]!, readingOf(values, target, header, split, stray));
      previous = { row: earlier, target };
      return;
    }
    previous = { row: rows.length, target };
    if (own === '' && withoutPlaces(values)) apart.add(rows.length);
    // Figures apart from their labels, whole rows' worth more than the row's cells: the next row's printed before its
    // label (PyMuPDF's sorted text puts a label of three lines after its row's figures), so a label's figures after it
    // may be the row after's.
    const surplus = printedCount(values) - target.columns.length;
    if (!figuresFirst && own === '' && withoutPlaces(values) && surplus > 0 && surplus % target.columns.length === 0) {
      figuresFirst = values.filter((token) => token.printed !== '').slice(target.columns.length);
    }
    readAt.set(target, rows.length);
    open.delete(target);
    if (target.path === 'otherHandling') for (const t of open) if (t.path.startsWith('otherHandling.')) open.delete(t);
    if (target.path.startsWith('otherHandling.')) for (const t of open) if (t.path === 'otherHandling') open.delete(t);
    next = target.order + 1;
    // A row printed blank: a field for each cell and nothing in any, whichever column each field is under.
    const reading: RowReading = blank
      ? { kind: 'cells', cells: target.columns.map(() => null), extra: [] }
      : readingOf(values, target, header, split, stray);
    if (reading.kind === 'cells') for (const extra of reading.extra) notes.pushUnplaced('parser/extra-value', extra.place, () => extraValueNote(extra));
    const row = { target, reading, label: match.label, distance: match.distance };
    const rival = figuresBefore && own === '' && withoutPlaces(values) && labelsIn(labels, targets) <= 1 && printedCount(figuresBefore) === target.columns.length;
    rows.push(rival ? beforeOrAfter(row, figuresBefore) : row);
  });
  const printed: ValueToken[] = [];
  const emptyFieldLines = new Set<number>();
  for (const segment of segments) for (const token of segment.values) token.printed !== '' ? printed.push(token) : emptyFieldLines.add(token.line);
  const afterLabels = new Set(segments.flatMap((segment) => (segment.own === '' ? [] : segment.values.filter((token) => token.printed !== '').slice(0, 1))));
  if (figuresFirst) for (const row of apart) rows[row] = figuresMayPrecede(rows[row]!, figuresFirst);
  acrossLabels(rows, afterLabels);
  const placed = placeIncompleteRows(rows);
  // (a header with a column the format lacks explains a figure too many)
  const wrapsShown = wrapSeen || (!header.readOther && placed.some(overfull));
  return { rows: placed.map((row) => doubtWrapped(row, wrapsShown ? 'shown' : 'possible')), notes: notes.list(), printed, wrapsShown, afterLabels, cutShort: header.cut !== undefined || header.cutInText.size > 0, emptyFieldLines };
}

/**
 * Whether `values`, on lines of their own with no label claiming them, may be a row's figures printed before its
 * label: a row's worth of at least `least` figures without places, and no row's label, whole or begun (`1.属于国家`, a
 * label cut around its figures by a page break), in the text before them since the figures before or the block's
 * heading (a row's label before `第二十条第（八）项` claims nothing after it). PyMuPDF's `get_text(sort=True)` prints a
 * table so (it sorts a page's blocks by their bottoms, and a label wrapped over two lines reaches lower than its row's
 * figures), and `pdftotext` a row's figures as often before its label as after.
 */
function printedBeforeLabel(values: readonly ValueToken[], before: string, targets: readonly RowTarget[], least: number): boolean {
  const printed = printedCount(values);
  if (printed < least || !withoutPlaces(values) || !targets.some((target) => target.columns.length === printed)) return false;
  const since = before.slice(Math.max(0, before.lastIndexOf('第二十条')));
  return labelsIn(since, targets) === 0 && !beginsOtherLabel(since, targets.flatMap((target) => target.labels));
}

function printedCount(values: readonly ValueToken[]): number {
  return values.filter((token) => token.printed !== '').length;
}

/**
 * A row read from figures on lines of their own after its label when a row's worth of figures no label claims stands
 * right before the label (`printedBeforeLabel`): `pdftotext` prints a row's figures before its label as often as after,
 * and may print another row's figure after it (`205075.1` `行政事业性收费` `12762`, the 12762 block （一）'s), so
 * either may be the row's.
 */
function beforeOrAfter(row: ReadRow, before: readonly ValueToken[]): ReadRow {
  const shown = listValues(before);
  const why = [`本行标签之前也有一组无标签的数值（${shown}），两者都可能属于本行`, `figures no label claims (${shown}) stand right before the row's label: either they or those after it may be the row's`] as const;
  return { ...row, reading: { kind: 'ambiguous', tokens: tokensOf(row.reading), lacking: false, why } };
}

/**
 * A row read from figures on lines of their own after its label, in a table whose text prints a row's figures before
 * its label (`printedBeforeLabel`): the figures after a label may be the next row's, so the row is left open.
 */
function figuresMayPrecede(row: ReadRow, first: readonly ValueToken[]): ReadRow {
  const shown = listValues(first);
  const why = [
    `本表文字中有一行数值（${shown}）印在行标签之前，标签后的数值可能属于下一行`,
    `the table's text prints a row's figures (${shown}) before a row's label: the figures after a label may be the next row's`,
  ] as const;
  return { ...row, reading: { kind: 'ambiguous', tokens: tokensOf(row.reading), lacking: false, why } };
}

/**
 * How a row read from text without places prints its figures: `lines` when they stand on lines of their own, one or
 * a few a line (a PDF viewer's text, in the order the PDF drew them); `line` when all of them stand on one line away
 * from its label; `null` when they stand on its label's line, or the row is read otherwise.
 */
function figuresApart(row: ReadRow, afterLabels: ReadonlySet<ValueToken>): 'lines' | 'line' | null {
  const tokens = tokensOf(row.reading).filter((token) => token.printed !== '');
  if (tokens.length === 0 || !withoutPlaces(tokens)) return null;
  if (new Set(tokens.map((token) => token.line)).size > 1) return 'lines';
  return afterLabels.has(tokens[0]!) ? null : 'line';
}

/**
 * Leaves open the rows whose figures may have moved across a label: in a PDF viewer's text a figure may come before
 * its row's label or after the next one (`规章` `-` `7` `1` `行政规范性文件` `3`, where 1 is 行政规范性文件's; or
 * `规章` `8` `／` `行政规范性文件 1` `3` `1`, where 3 is 规章's), and blanks print nothing. So where, of two neighbouring
 * rows with the same columns both printed apart from their labels (`figuresApart`), one printed fewer figures than
 * its cells, the other's, over several lines, are no proof either.
 */
function acrossLabels(rows: ReadRow[], afterLabels: ReadonlySet<ValueToken>): void {
  const apart = rows.map((row) => figuresApart(row, afterLabels));
  const short = rows.map(
    (row, i) => row.reading.kind !== 'cells' && apart[i] !== null && tokensOf(row.reading).filter((token) => token.printed !== '').length < row.target.columns.length,
  );
  // a row's figures together on a line of their own stand together: only figures over several lines may be another's
  const open = new Set<number>();
  for (let i = 1; i < rows.length; i++) {
    const [before, row] = [rows[i - 1]!, rows[i]!];
    if (before.target.order + 1 !== row.target.order || before.target.columns.length !== row.target.columns.length) continue;
    if (short[i - 1] && apart[i] === 'lines' && row.reading.kind === 'cells') open.add(i);
    if (short[i] && apart[i - 1] === 'lines' && before.reading.kind === 'cells') open.add(i - 1);
  }
  const why = [
    '相邻一行的数值不足，且各值与标签分行印出，数值可能跨过标签属于相邻一行',
    "a neighbouring row printed too few figures and both print theirs apart from their labels: figures may stand across a label from their row",
  ] as const;
  for (const i of open) rows[i] = { ...rows[i]!, reading: { kind: 'ambiguous', tokens: tokensOf(rows[i]!.reading), lacking: false, why } };
}

/**
 * True for a row of text without places that prints more figures than it has cells, one of them wide enough to be a
 * wrapped figure's first line: the text shows figures wrapped in narrow cells, their parts as two figures.
 */
function overfull(row: ReadRow): boolean {
  const tokens = tokensOf(row.reading);
  return tokens.filter((token) => token.printed !== '').length > row.target.columns.length && withoutPlaces(tokens) && mayBeWrapped(tokens);
}

/**
 * A row marked with `wraps` where its figures have no places and one may be wrapped: read cell by cell, or cut
 * where the text shows wrapped figures. A row of one cell is never: its figure wrapped would print two.
 */
function doubtWrapped(row: ReadRow, wraps: 'shown' | 'possible'): ReadRow {
  if (row.target.columns.length < 2 || row.reading.kind === 'ambiguous' || (row.reading.kind === 'split' && wraps === 'possible')) return row;
  const tokens = tokensOf(row.reading);
  return withoutPlaces(tokens) && mayBeWrapped(tokens) ? { ...row, wraps } : row;
}

/**
 * True when the label text before a run of values is nothing, or part of the label of the row read just before
 * (`申请` under `1.信访举报投诉类`, `数量`) or of its group's (a character of `三、本年度办理结果` printed upright): the
 * values stand on that row's next line (see `mayHoldWrapped`).
 */
function restOfLabel(before: string, target: RowTarget): boolean {
  const label = [...target.labels, ...target.group].join('');
  for (const char of before) if (!/[\p{P}\s]/u.test(char) && !label.includes(char)) return false;
  return true;
}

/**
 * Whether values on a row's next line beside the rest of its label (`restOfLabel`) may be digits of its figures
 * wrapped in their narrow cells (`9999` over `8`), which text without places cannot join (on a page,
 * `wrappedFigures` finds them by where they stand): the row printed a figure wide enough to be a wrapped one's first
 * line (`mayBeWrapped`), or already a figure for each of its cells. Else they are its other cells, printed lower
 * (`3.危及“三安全一 5` over `稳定” 0 0 0 0 0 5`).
 */
function mayHoldWrapped(row: ReadRow): boolean {
  const tokens = tokensOf(row.reading).filter((token) => token.printed !== '');
  return mayBeWrapped(tokens) || tokens.length >= row.target.columns.length;
}

/**
 * A row with values on the line after it beside nothing but the rest of its label (`restOfLabel`): its cells as read
 * are not proven, for those values may be its figures' wrapped digits; it is left open, the values listed.
 */
function wrappedBelow(row: ReadRow, below: readonly ValueToken[]): ReadRow {
  const tokens = [...tokensOf(row.reading), ...below.filter((token) => token.printed !== '')];
  const shown = below.flatMap((token) => (token.printed === '' ? [] : [token.printed])).join(' ');
  const why = [
    `下一行在本行标签的其余部分旁另印有数值“${shown}”，可能是本行数值在窄格中折行的数字`,
    `the next line prints “${shown}” beside the rest of the row's label: maybe digits of its figures wrapped in narrow cells`,
  ] as const;
  return { ...row, reading: { kind: 'ambiguous', tokens, lacking: false, why } };
}

/** The values a reading holds, as printed. */
function printedValues(reading: RowReading): string[] {
  return tokensOf(reading).map((token) => token.printed);
}

/** The value tokens of a reading. */
export function tokensOf(reading: RowReading): readonly ValueToken[] {
  return reading.kind === 'cells' ? reading.cells.filter((token): token is ValueToken => token !== null) : reading.tokens;
}

/**
 * A row whose label is printed again with values (a summary table of the same labels before the table, a row
 * repeated): the same values leave it as read; other values leave it open, for either print may be the table's.
 */
function printedAgain(row: ReadRow, again: RowReading): ReadRow {
  const first = printedValues(row.reading);
  const second = printedValues(again);
  if (row.reading.kind === 'cells' && again.kind === 'cells' && first.join(' ') === second.join(' ')) return row;
  const tokens = tokensOf(row.reading);
  const why = [
    `该行标签印出两次，数值不同（另一处：${second.join(' ')}）`,
    `the row's label is printed twice with different values (the other: ${second.join(' ')})`,
  ] as const;
  return { ...row, reading: { kind: 'ambiguous', tokens, lacking: false, why } };
}

/**
 * Rows that print fewer values than columns, read by where their values stand, learned from the complete rows. A row
 * left open for a stated reason (`why`) stays open.
 */
function placeIncompleteRows(rows: ReadRow[]): ReadRow[] {
  const learned = learnColumns(
    rows.flatMap((row) => (row.reading.kind === 'cells' ? [{ columns: row.target.columns, cells: row.reading.cells }] : [])),
  );
  return rows.map((row) => {
    if (row.reading.kind !== 'ambiguous' || row.reading.tokens.length === 0 || row.reading.lacking || row.reading.why) return row;
    const centres = learnedCentres(learned, row.target.columns, row.reading.tokens, row.reading.fields ?? new Set());
    const cells = centres ? placeByLearnedColumns(row.reading.tokens, centres) : null;
    return cells ? { ...row, reading: { kind: 'cells', cells, extra: [] } } : row;
  });
}

function readingOf(
  values: readonly ValueToken[],
  target: RowTarget,
  header: HeaderColumns,
  split: SplitRow,
  stray = '',
): RowReading {
  const placement = placeValues(values, target.columns, header, target.spans);
  // Text beside the figures where a cell may stand (`十一`, `3,3`): a row that prints a figure for every column has
  // it as a note; any other is short of a cell nobody read, so neither a cut of its figures nor a blank is proven.
  if (stray !== '' && (placement.kind !== 'placed' || placement.cells.some((token) => token === null || token.printed === ''))) {
    const printed = values.filter((token) => token.printed !== '');
    const why = [`“${stray}”印在本行数值旁，可能是一格未能读作数字的数值`, `“${stray}” stands beside the row's figures: maybe a cell that does not read as a figure`] as const;
    return { kind: 'ambiguous', tokens: printed, lacking: false, why };
  }
  if (placement.kind === 'placed') return { kind: 'cells', cells: placement.cells, extra: placement.extra };
  // A figure of several digits in a row whose separators may be lost is read as a run of digits, like crawler text's.
  const positions = headerPositions(values, target.columns, header);
  const lacking = lacksFields(values, target.columns.length, positions);
  const printed = (lacking ? markRuns(values) : values).filter((token) => token.printed !== '');
  // a cut of a run gives cells in the format's order: not the order of a header that prints them in another
  if (printed.some((token) => token.run) && printed.length < target.columns.length && !headerReordered(positions, target.columns, header) && !underOtherTextHeader(printed, header)) {
    return { kind: 'split', tokens: printed, splits: split(printed, target) };
  }
  const fields = new Set(values.flatMap((token) => (token.column === undefined ? [] : [token.column])));
  if (placement.why) return { kind: 'ambiguous', tokens: printed, lacking, fields, why: placement.why };
  return { kind: 'ambiguous', tokens: printed, lacking, fields };
}

/** Text this long or shorter between a row's label and its figures may be a cell; longer is a note or a page's margin. */
const cellTextLength = 8;

/**
 * The text between a row's label (ending at `end` of `before`) and its figures, or after them on their line (`end`
 * 0 of that text), when it may be a cell printed in words or misprinted (`十一`, `3,3`, `l2`): short, with a letter
 * or digit, holding no label or group heading of the table and no part of one (a wrapped label's other line,
 * `（区分处理的，`). Empty when there is none.
 */
function strayCell(before: string, end: number, targets: readonly RowTarget[]): string {
  if (end >= before.length) return '';
  const text = before.slice(end);
  if (text.length > cellTextLength || !/[\p{L}\p{N}]/u.test(text)) return '';
  const labelled = targets.some((target) => [...target.group, ...target.labels].some((form) => form.includes(text) || text.includes(form)));
  return labelled ? '' : text;
}

/** Values listed in a note: the first few, then how many more (a stray row may hold thousands). */
function listValues(values: readonly ValueToken[]): string {
  const shown = values.slice(0, 20).map((token) => token.printed).join(' ');
  return values.length > 20 ? `${shown} …（+${values.length - 20}）` : shown;
}

function unlabelledNote(label: string, values: readonly ValueToken[], place: Place | undefined): Diagnostic {
  return {
    rule: 'parser/unlabelled-values',
    severity: 'warning',
    status: 'fail',
    message: `“${label}”后的数值未能对应到表格行，已忽略：${listValues(values)}`,
    messageEn: `Values after “${label}” match no table row and were ignored: ${listValues(values)}`,
    paths: [],
    ...(place ? { place } : {}),
  };
}

function extraValueNote(token: ValueToken): Diagnostic {
  return {
    rule: 'parser/extra-value',
    severity: 'warning',
    status: 'fail',
    message: `“${token.printed}”不在任何表头之下，已忽略`,
    messageEn: `“${token.printed}” stands under no header column; ignored`,
    paths: [],
    place: token.place,
  };
}
