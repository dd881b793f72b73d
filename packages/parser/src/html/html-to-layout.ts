import type { Place } from '@disclosure/core/lite';
import { spendEvery } from '../budget.ts';
import { isBlank } from '../layout/is-blank.ts';
import type { Field, Layout, Line } from '../layout/layout.ts';
import { checkSize } from '../limits.ts';
import type { LayoutOptions } from '../options.ts';
import { decodeHtml } from './decode-html.ts';
import { hiddenElements, parseHtmlTree, type HtmlElement, type HtmlNode } from './html-tree.ts';
import { cellSpans, layoutGrid, type SpanCell } from './table-grid.ts';
import { walkTree } from './walk-tree.ts';

/** Elements that start and end a line of text. */
const blocks = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'ul',
  'caption', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th',
]);

/**
 * Whether an element's text is no part of the word before it: a superscript or subscript, by tag or by style (a
 * footnote's mark, `3001<sup>1</sup>`, is not a digit of the figure).
 */
function isDetached(element: HtmlElement): boolean {
  if (element.name === 'sup' || element.name === 'sub') return true;
  const style = element.attribs['style'];
  return style !== undefined && /vertical-align\s*:\s*(?:super|sub)\b/iu.test(style);
}

/** Elements that shape the layout, kept however deep a page nests (see `streamMarkup`). */
const significant: ReadonlySet<string> = new Set([...hiddenElements, ...blocks, 'br']);

/** A cell with this much text holds prose, not a value or a label: its row is read as text, not as a grid row. */
const proseLength = 150;

/** True for the zero-width characters `normalizeSpace` collapses with white space. */
function isZeroWidth(code: number): boolean {
  return (code >= 0x200b && code <= 0x200d) || code === 0x2060;
}

/** True when `normalizeSpace` leaves `text` as it is: no blank but single spaces between words (most cells). */
function isSpaceNormal(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20 ? i === 0 || i === last || text.charCodeAt(i + 1) === 0x20 : isBlank(code) || isZeroWidth(code)) return false;
  }
  return true;
}

/** Collapses every run of whitespace (`&nbsp;`, U+3000, zero-width spaces, line breaks) to one space, trimmed. */
function normalizeSpace(text: string): string {
  return isSpaceNormal(text) ? text : text.replace(/[\s\u200b-\u200d\u2060]+/gu, ' ').trim();
}

/** A table's own captions and rows, and each row's cells, in document order. */
interface TableParts {
  readonly captions: HtmlElement[];
  readonly rows: HtmlElement[];
  /** `cells[r]`: the cells whose closest row is `rows[r]`. */
  readonly cells: HtmlElement[][];
}

/** The parts of `table` in one walk that enters neither nested tables nor hidden content. */
function tableParts(table: HtmlElement): TableParts {
  const parts: TableParts = { captions: [], rows: [], cells: [] };
  // The rows being walked, innermost last: a cell belongs to the closest row around it. A cell inside a cell of the
  // same row (markup whose `<td>` was opened behind inline elements, which a browser would have closed) is the outer
  // cell's content, not a cell: read as cells, each would hold all the ones after it. So is a row inside a cell
  // with no table between (`<td><tr><td>…`): as a row of its own, it would be read once as a row and once more as
  // the outer cell's text, and so on down every level, a page of 8 KB becoming 33,000 lines.
  const open: Array<{ row: HtmlElement; cells: HtmlElement[]; inCell: number }> = [];
  walkTree(
    table,
    (node) => {
      if (typeof node === 'string' || node.hidden) return false;
      if (node.name === 'caption') parts.captions.push(node);
      else if (node.name === 'tr' && !(open.at(-1)?.inCell ?? 0)) {
        const cells: HtmlElement[] = [];
        parts.rows.push(node);
        parts.cells.push(cells);
        open.push({ row: node, cells, inCell: 0 });
      } else if (node.name === 'td' || node.name === 'th') {
        const row = open.at(-1);
        if (row && row.inCell++ === 0) row.cells.push(node);
      }
      return node.name !== 'table';
    },
    (node) => {
      if (typeof node === 'string') return;
      if (node.name === 'tr') {
        if (open.at(-1)?.row === node) open.pop();
      } else if ((node.name === 'td' || node.name === 'th') && open.length > 0) open.at(-1)!.inCell--;
    },
  );
  return parts;
}

/**
 * Whether text ends with a figure once `more` is added to it: `more`'s last character other than a blank is a digit,
 * or `more` is blank and the text did (`before`).
 */
function endsWithFigure(more: string, before: boolean): boolean {
  for (let i = more.length - 1; i >= 0; i--) {
    const code = more.charCodeAt(i);
    if (isBlank(code)) continue;
    return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
  }
  return before;
}

/**
 * The text of a table cell: blocks, `<br>`, `<sup>` and `<sub>` inside it separate words by one space. A superscript
 * or subscript right after a figure is that figure's footnote mark (`3001<sup>1</sup>`): it is left out, so the cell
 * reads `3001`; elsewhere (`注<sup>1</sup>`) its text stands apart.
 */
function cellText(node: HtmlElement): string {
  // an empty cell, or one of text alone (adjacent text is one node): its text, without walking it
  const children = node.children;
  if (children.length === 0) return '';
  if (children.length === 1 && typeof children[0] === 'string') return normalizeSpace(children[0]);
  const parts: string[] = [];
  let afterFigure = false;
  walkTree(
    node,
    (n) => {
      if (typeof n === 'string') {
        parts.push(n);
        afterFigure = endsWithFigure(n, afterFigure);
        return false;
      }
      if (n.hidden) return false;
      if (n.name === 'br' || blocks.has(n.name) || isDetached(n)) parts.push(' ');
      return !(afterFigure && isDetached(n));
    },
    (n) => {
      if (typeof n !== 'string' && (blocks.has(n.name) || isDetached(n))) parts.push(' ');
    },
  );
  return normalizeSpace(parts.join(''));
}

/**
 * The texts of a row's cells, or `null` for a layout row: one with a cell that holds a table or prose. The texts of
 * the cells after the first such cell are not needed, and not worked out.
 */
function gridTexts(cells: readonly HtmlElement[]): string[] | null {
  const texts: string[] = [];
  for (const cell of cells) {
    if (cell.holdsTable) return null;
    const text = cellText(cell);
    if (text.length >= proseLength) return null;
    texts.push(text);
  }
  return texts;
}

/**
 * One step of the walk, kept on an explicit stack so that nesting depth never reaches the call stack: read a
 * node as running text (`pre` counts the `<pre>` around it within the current run), finish an element read as
 * running text, read a table, end the current line of prose, or add a table row read as fields.
 */
type Step =
  | { readonly enter: HtmlNode; readonly pre: number }
  | { readonly leave: HtmlElement }
  | { readonly table: HtmlElement }
  | { readonly flush: true }
  | { readonly row: Line };

const flush: Step = { flush: true };

/** Adds the steps that read the content of `node` (not `node` itself) as running text, in document order. */
function addContent(steps: Step[], node: HtmlElement): void {
  for (const child of node.children) steps.push({ enter: child, pre: 0 });
}

/** Pushes `steps` on the walk's stack so that they are taken in their order (no spread: lists may be long). */
function pushInOrder(stack: Step[], steps: readonly Step[]): void {
  for (let i = steps.length - 1; i >= 0; i--) stack.push(steps[i]!);
}

/** Pushes the steps that read the content of `node` on the walk's stack, to be taken in document order. */
function pushContent(stack: Step[], node: HtmlElement, pre = 0): void {
  const children = node.children;
  for (let i = children.length - 1; i >= 0; i--) stack.push({ enter: children[i]!, pre });
}

class HtmlLayoutBuilder {
  readonly lines: Line[] = [];
  private paragraph = 0;
  private buffer: string[] = [];
  /** Whether the prose gathered in `buffer` ends with a figure (blanks after it aside). */
  private afterFigure = false;

  /**
   * Reads the document in one walk: blocks and `<br>` end lines of prose, inline elements do not, and each table
   * becomes rows of fields (or, for layout rows, more running text) in place.
   */
  read(document: HtmlElement): void {
    const stack: Step[] = [];
    pushContent(stack, document);
    let passes = 0;
    for (let step = stack.pop(); step; step = stack.pop()) {
      spendEvery(passes++);
      if ('enter' in step) this.enter(step.enter, step.pre, stack);
      else if ('leave' in step) {
        if (blocks.has(step.leave.name)) this.flush();
        else if (isDetached(step.leave)) this.buffer.push(' ');
      } else if ('table' in step) pushInOrder(stack, this.tableSteps(step.table));
      else if ('row' in step) this.lines.push(step.row);
      else this.flush();
    }
    this.flush();
  }

  /** Running text: a text node, or an element whose content is queued after it. */
  private enter(node: HtmlNode, pre: number, stack: Step[]): void {
    if (typeof node === 'string') {
      this.text(node, pre > 0);
      return;
    }
    if (node.hidden) return;
    if (node.name === 'table') {
      this.flush();
      stack.push({ table: node });
      return;
    }
    if (node.name === 'br' || blocks.has(node.name)) this.flush();
    else if (isDetached(node)) {
      this.buffer.push(' ');
      // a figure's footnote mark (`共受理申请3001<sup>1</sup>件`) is no part of the prose's figures
      if (this.afterFigure) return;
    }
    stack.push({ leave: node });
    pushContent(stack, node, node.name === 'pre' ? pre + 1 : pre);
  }

  /** Ends the current line of prose, if it holds any text. */
  private flush(): void {
    this.afterFigure = false;
    if (this.buffer.length === 0) return;
    const text = normalizeSpace(this.buffer.join(''));
    this.buffer = [];
    if (!text) return;
    const place: Place = { kind: 'html', table: 0, row: ++this.paragraph, cell: 1 };
    this.lines.push({ fields: [{ text, place }], place });
  }

  /** Text of running content; inside `<pre>` its line breaks end lines. */
  private text(data: string, pre: boolean): void {
    if (!pre) {
      this.buffer.push(data);
      this.afterFigure = endsWithFigure(data, this.afterFigure);
      return;
    }
    const [first, ...rest] = data.split(/\r\n?|\n/u);
    this.buffer.push(first ?? '');
    this.afterFigure = endsWithFigure(first ?? '', this.afterFigure);
    for (const piece of rest) {
      this.flush();
      this.buffer.push(piece);
      this.afterFigure = endsWithFigure(piece, false);
    }
  }

  /**
   * A table's steps, in order: its captions as running text, then its rows. A row becomes a line of fields, one
   * per cell, on the grid expanded for `colspan` and `rowspan`. A row holding a nested table or a cell of prose is
   * a layout row: its cells are read as running text instead, so a table that wraps the whole report does not
   * hide the tables inside it.
   */
  private tableSteps(table: HtmlElement): Step[] {
    const number = table.table;
    const steps: Step[] = [];
    const asText = (element: HtmlElement): void => {
      steps.push(flush);
      addContent(steps, element);
      steps.push(flush);
    };
    const { captions, rows, cells } = tableParts(table);
    captions.forEach(asText);
    const spans: SpanCell[][] = cells.map((list) => list.map((cell) => cellSpans(cell.attribs['colspan'], cell.attribs['rowspan'])));
    const grid = layoutGrid(spans, groupEnds(rows));
    const single = cells.reduce((count, list) => count + list.length, 0) === 1;
    cells.forEach((list, r) => {
      if (list.length === 0) return;
      const texts = single ? null : gridTexts(list);
      if (!texts) {
        list.forEach(asText);
        return;
      }
      const fields: Field[] = list.map((_, c) => {
        const slot = grid[r]![c]!;
        const place: Place = { kind: 'html', table: number, row: r + 1, cell: c + 1 };
        return { text: texts[c]!, place, column: slot.column, ...(slot.span > 1 ? { span: slot.span } : {}) };
      });
      // A row of nothing but empty cells (Word's column-width spacer row) carries no label and no value.
      if (fields.some((field) => field.text !== '')) steps.push({ row: { fields, place: fields[0]!.place, table: number } });
    });
    return steps;
  }
}

/** For each row, the index of the last row of its group (`thead`, `tbody`, `tfoot`, or rows straight in the table). */
function groupEnds(rows: readonly HtmlElement[]): number[] {
  const ends = rows.map((_, i) => i);
  for (let i = rows.length - 2; i >= 0; i--) {
    if (rows[i]!.parent === rows[i + 1]!.parent) ends[i] = ends[i + 1]!;
  }
  return ends;
}

/**
 * Reads an HTML page into a {@link Layout}. Bytes are decoded by the page's charset (see `decodeHtml`).
 *
 * - Prose: each block (`p`, `div`, `h1`–`h6`, `li` …) or `<br>`-separated run is a line of one field, placed at
 *   `{kind:'html', table: 0, row: n, cell: 1}` where `n` counts the prose lines from 1.
 * - Tables: each `<tr>` with cells is a line with `table` set; each `<td>`/`<th>` is one field placed at
 *   `{kind:'html', table, row, cell}` — the table's index among all `<table>` elements of the page, the row's among
 *   the table's own `<tr>`s, the cell's among the row's cells, all from 1. A field's `column` is the grid column
 *   (from 0) where the cell starts after expanding `colspan`/`rowspan`, and `span` its `colspan` when above 1.
 *   A spanning cell is one field, in the row where it starts; the slots it covers (to its right, and in the rows
 *   below for a `rowspan`) have no field, so columns must be read from `column`, not from field order.
 *   Empty and `&nbsp;`-only cells are kept as fields with empty text; a row of only empty cells is left out.
 * - Layout tables: a row holding a nested table or a cell of prose, and a table of a single cell, are read as
 *   running text; nested tables become lines of their own.
 *
 * Time is linear in the page (one walk, no recursion). Limit: `maxBytes` (default 50 MiB). Throws `ParseError`:
 * `TOO_LARGE`, `TOO_COMPLEX` (elements nested more than 10,000 deep; inline elements past 1,000 deep are ignored).
 */
export function htmlToLayout(input: string | Uint8Array, options: LayoutOptions = {}): Layout {
  checkSize(input.length, options.maxBytes, 'HTML ');
  const document = parseHtmlTree(typeof input === 'string' ? input : decodeHtml(input), significant);
  const builder = new HtmlLayoutBuilder();
  builder.read(document);
  return { kind: 'html', lines: builder.lines };
}
