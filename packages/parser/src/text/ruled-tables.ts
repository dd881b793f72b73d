import { spendBudget } from '../budget.ts';
import type { Field, Line } from '../layout/layout.ts';
import { columnsOf } from '../layout/terminal-width.ts';

// Text browsers and converters draw a table's rules into the text (`w3m -dump`, `elinks -dump`, Markdown grid
// tables, `tabulate`): box-drawing characters (`┌─┬─┐`, `│`) or ASCII (`+---+`, `|`). A cell's text wraps over the
// lines between two rules, and a merged cell is a box with no rule across it. Read line by line, the bars would be
// text (`│ 151`) and a wrapped label two rows. Here each row between rules becomes one line of fields on the
// table's grid, as an HTML table's rows do: a cell's wrapped text joined, at the grid column of its left bar, a
// cell that spans rows (no rule above it) kept with its first row.

/** A drawn table's characters: the bars between cells, the rules' strokes, and the corners and junctions. */
interface Frame {
  readonly isBar: (char: string) => boolean;
  readonly isStroke: (char: string) => boolean;
  readonly isFrame: (char: string) => boolean;
}

/** Box drawing (U+2500–U+257F): a light, heavy, double, dashed or rounded bar is a bar; any other a stroke or junction. */
const boxFrame: Frame = {
  isBar: (char) => '│┃║╎╏┆┇┊┋'.includes(char),
  isStroke: (char) => '─━═╌╍┄┅┈┉'.includes(char),
  isFrame: (char) => char >= '\u2500' && char <= '\u257f',
};

/** ASCII grid tables: `|` between cells, `-` and `=` (and a Markdown alignment `:`) in rules, `+` at junctions. */
const asciiFrame: Frame = {
  isBar: (char) => char === '|',
  isStroke: (char) => char === '-' || char === '=' || char === ':',
  isFrame: (char) => char === '|' || char === '+' || char === '-' || char === '=' || char === ':',
};

/** A line that draws a rule: frame characters and blanks only (a spanned cell's stretch blank), a stroke among them. */
function isRule(line: string, frame: Frame): boolean {
  let stroke = false;
  let junction = false;
  for (const char of line) {
    if (char === ' ' || char === '\t') continue;
    if (!frame.isFrame(char)) return false;
    stroke ||= frame.isStroke(char);
    junction ||= !frame.isBar(char) && !frame.isStroke(char);
  }
  // an ASCII row of cells that print `--` is no rule: a rule has its `+`
  return stroke && junction;
}

/** The frame whose top rule `line` is (a left corner or junction first), or `null`. */
function frameOpenedBy(line: string): Frame | null {
  let at = 0;
  while (at < line.length && (line[at] === ' ' || line[at] === '\t')) at++;
  const first = line[at];
  if (first === undefined) return null;
  if ('┌┍┎┏├┝┞┟┠┡┢┣╒╓╔╞╟╠╭'.includes(first) && isRule(line, boxFrame)) return boxFrame;
  if (first === '+' && isRule(line, asciiFrame)) return asciiFrame;
  return null;
}

/** Whether `line` opens a drawn table (its top rule): then `ruledTableLines` reads it. */
export function opensRuledTable(line: string): boolean {
  return frameOpenedBy(line) !== null;
}

/** A stretch of a line between two of the frame's bars or junctions: a stroke of a rule, or a cell's text. */
interface Segment {
  /** The terminal columns of its bars. */
  readonly left: number;
  readonly right: number;
  /** Strokes from bar to bar: a rule drawn under the cell above and over the cell below. */
  readonly rule: boolean;
  readonly text: string;
  /** Where its text starts in the source line (a UTF-16 index), for its place. */
  readonly at: number;
}

/**
 * The segments of a line of the table, bar (or junction) to bar; `null` when text stands outside the bars or the
 * line has no two of them (no line of this table). A line may rule some cells and carry text in others: a cell that
 * spans rows goes on beside the rules of its neighbours.
 */
function segmentsOf(line: string, frame: Frame): Segment[] | null {
  const segments: Segment[] = [];
  let bar = -1;
  let barColumn = 0;
  let column = 0;
  for (let at = 0; at < line.length; at++) {
    const code = line.codePointAt(at)!;
    const char = line[at]!;
    if (frame.isFrame(char) && !frame.isStroke(char)) {
      if (bar === -1) {
        if (line.slice(0, at).trim() !== '') return null;
      } else {
        const raw = line.slice(bar + 1, at);
        const text = raw.trim();
        // a stroke from bar to bar (a cell printing `--` is text)
        let rule = raw !== '';
        for (let i = 0; rule && i < raw.length; i++) rule = frame.isStroke(raw[i]!);
        segments.push({ left: barColumn, right: column, rule, text: rule ? '' : text, at: bar + 1 + raw.indexOf(text[0] ?? ' ') });
      }
      bar = at;
      barColumn = column;
    }
    column += columnsOf(code);
    if (code > 0xffff) at++;
  }
  if (segments.length === 0 || line.slice(bar + 1).trim() !== '') return null;
  return segments;
}

/** Joins a cell's text over its lines: CJK runs on without a blank (a wrapped label), anything else apart by one. */
function joinWrapped(before: string, after: string): string {
  if (before === '') return after;
  if (after === '') return before;
  return columnsOf(before.codePointAt(before.length - 1)!) === 2 || columnsOf(after.codePointAt(0)!) === 2 ? before + after : `${before} ${after}`;
}

/** A field while its cell gathers text: placed where its text starts, at the terminal columns of its bars until the grid is known. */
interface Gathering {
  text: string;
  place: { readonly kind: 'text'; line: number; column: number };
  column: number;
  span?: number;
}

/** A cell open from line to line until a rule closes it: its bars, and the field it gathers into. */
interface OpenCell {
  readonly left: number;
  readonly right: number;
  readonly field: Gathering;
}

/** The lines a drawn table spans (`last` inclusive) and its rows as lines of fields. */
export interface RuledTable {
  readonly last: number;
  readonly lines: Line[];
}

/**
 * Reads the drawn table whose top rule is line `first` of `texts` (see {@link opensRuledTable}): its rows, each a
 * line of fields placed `{kind:'text', line, column}` at the first line of the cell's text, with the grid column of
 * its left bar among every bar the table draws and the columns it spans, in the layout's table `table`; rows of only
 * empty cells left out. A cell opens below a rule and gathers its text, line by line, until a rule closes it; the
 * cells that open on one line make a row (a cell still open from above spans it). The table ends before the first
 * line that is not bar-to-bar segments, or whose segments do not fit the cells open above it (a bar across one).
 * `null` when it is no table after all: no cell.
 */
export function ruledTableLines(texts: readonly string[], first: number, table: number): RuledTable | null {
  const frame = frameOpenedBy(texts[first]!)!;
  const rows: Gathering[][] = [];
  const bars = new Set<number>();
  // the cells still open, left to right, as each line's segments are
  let open: OpenCell[] = [];
  let last = first;
  for (let index = first + 1; index < texts.length; index++) {
    const segments = segmentsOf(texts[index]!, frame);
    if (!segments) break;
    spendBudget(segments.length);
    // each segment's open cell above it: the one with its bars (it goes on), none (a cell opens), or a misfit
    const goingOn: (OpenCell | undefined)[] = [];
    let above = 0;
    for (const segment of segments) {
      while (above < open.length && open[above]!.right <= segment.left) above++;
      let under = above;
      while (under < open.length && open[under]!.left < segment.right) under++;
      const cell = under - above === 1 && open[above]!.left === segment.left && open[above]!.right === segment.right ? open[above] : undefined;
      if (!segment.rule && !cell && under > above) break;
      goingOn.push(cell);
    }
    if (goingOn.length < segments.length) break;
    const next: OpenCell[] = [];
    let row: Gathering[] | undefined;
    segments.forEach((segment, i) => {
      if (segment.rule) return;
      let cell = goingOn[i];
      if (!cell) {
        cell = { left: segment.left, right: segment.right, field: { text: '', place: { kind: 'text', line: index + 1, column: segment.at + 1 }, column: segment.left, span: segment.right } };
        if (!row) rows.push((row = []));
        row.push(cell.field);
        bars.add(segment.left).add(segment.right);
      }
      const field = cell.field;
      if (field.text === '' && segment.text !== '') field.place = { kind: 'text', line: index + 1, column: segment.at + 1 };
      field.text = joinWrapped(field.text, segment.text);
      next.push(cell);
    });
    open = next;
    last = index;
  }
  if (rows.length === 0) return null;
  // the bars' terminal columns become grid columns: the field's left bar, and how many columns it spans to its right one
  const columnAt = new Map([...bars].sort((a, b) => a - b).map((bar, column) => [bar, column]));
  const lines: Line[] = [];
  for (const fields of rows) {
    for (const field of fields) {
      field.column = columnAt.get(field.column)!;
      const span = columnAt.get(field.span!)! - field.column;
      if (span > 1) field.span = span;
      else delete field.span;
    }
    if (fields.some((field) => field.text !== '')) lines.push({ fields: fields as Field[], place: fields[0]!.place, table });
  }
  return { last, lines };
}
