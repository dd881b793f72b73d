import type { Place } from '@disclosure/core';
import { isTag, isText, type AnyNode, type Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import type { Field, Layout, Line } from '../layout/layout.ts';
import { decodeHtml } from './decode-html.ts';
import { layoutGrid, type SpanCell } from './table-grid.ts';
import { walkTree } from './walk-tree.ts';

/** Options of {@link htmlToLayout}. */
export interface HtmlToLayoutOptions {
  /** Encoding label to decode bytes with; default: the BOM, then the page's `<meta>` charset, then UTF-8. */
  readonly encoding?: string;
}

/** Elements whose content is never shown as text. */
const hidden = new Set([
  'head', 'title', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math',
  'select', 'textarea', 'button', 'input',
]);

/** Elements that start and end a line of text. */
const blocks = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'ul',
  'caption', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th',
]);

/** A cell with this much text holds prose, not a value or a label: its row is read as text, not as a grid row. */
const proseLength = 150;

/** Collapses every run of whitespace (`&nbsp;`, U+3000, zero-width spaces, line breaks) to one space, trimmed. */
function normalizeSpace(text: string): string {
  return text.replace(/[\s\u200b-\u200d\u2060]+/gu, ' ').trim();
}

/** Content a browser does not show: hidden elements and `display:none`. */
function isHidden(element: Element): boolean {
  if (hidden.has(element.name) || 'hidden' in element.attribs) return true;
  return /display\s*:\s*none/iu.test(element.attribs['style'] ?? '');
}

const tableName = new Set(['table']);
const rowName = new Set(['tr']);
const cellNames = new Set(['td', 'th']);
const captionName = new Set(['caption']);

/** Descendants named in `names` whose closest `stop` ancestor is `owner`, in document order, outside nested tables. */
function ownDescendants(owner: Element, names: ReadonlySet<string>, stop: ReadonlySet<string>): Element[] {
  const out: Element[] = [];
  // The walk never enters another `stop` element or a nested table, so whatever it finds belongs to `owner`.
  walkTree(owner, (node) => {
    if (!isTag(node) || isHidden(node)) return false;
    if (names.has(node.name)) out.push(node);
    return node.name !== 'table' && !stop.has(node.name);
  });
  return out;
}

function containsTable(node: AnyNode): boolean {
  let found = false;
  walkTree(node, (n) => {
    if (isTag(n) && n.name === 'table') found = true;
    return !found && isTag(n);
  });
  return found;
}

/** The text of a table cell: blocks and `<br>` inside it separate words by one space. */
function cellText(node: AnyNode): string {
  const parts: string[] = [];
  walkTree(
    node,
    (n) => {
      if (isText(n)) parts.push(n.data);
      if (!isTag(n) || isHidden(n)) return false;
      if (n.name === 'br' || blocks.has(n.name)) parts.push(' ');
      return true;
    },
    (n) => {
      if (isTag(n) && blocks.has(n.name)) parts.push(' ');
    },
  );
  return normalizeSpace(parts.join(''));
}

/** Non-negative integer attribute as HTML parses it (leading digits); `fallback` when absent or invalid. */
function spanAttribute(element: Element, name: string, fallback: number, max: number): number {
  const match = /^\s*\+?(\d+)/u.exec(element.attribs[name] ?? '');
  if (!match) return fallback;
  return Math.min(Number(match[1]), max);
}

class HtmlLayoutBuilder {
  readonly lines: Line[] = [];
  private paragraph = 0;
  private tableCount = 0;
  private buffer: string[] = [];
  private readonly tableNumbers = new Map<Element, number>();

  constructor(document: AnyNode) {
    // Tables are numbered as `document.querySelectorAll('table')` lists them, layout tables included.
    walkTree(document, (node) => {
      if (isTag(node) && node.name === 'table') this.tableNumbers.set(node, ++this.tableCount);
      return isTag(node);
    });
  }

  /** Ends the current line of prose, if it holds any text. */
  private flush(): void {
    const text = normalizeSpace(this.buffer.join(''));
    this.buffer = [];
    if (!text) return;
    const place: Place = { kind: 'html', table: 0, row: ++this.paragraph, cell: 1 };
    this.lines.push({ fields: [{ text, place }], place });
  }

  /** Walks content as running text: blocks and `<br>` end lines, inline elements do not, tables become rows. */
  flow(root: AnyNode): void {
    let pre = 0;
    walkTree(
      root,
      (node) => {
        if (isText(node)) this.text(node.data, pre > 0);
        if (!isTag(node)) return false;
        if (isHidden(node)) return false;
        if (node.name === 'br') this.flush();
        else if (node.name === 'table') {
          this.flush();
          this.table(node);
          return false;
        } else if (blocks.has(node.name)) this.flush();
        if (node.name === 'pre') pre++;
        return true;
      },
      (node) => {
        if (!isTag(node)) return;
        if (node.name === 'pre') pre--;
        if (blocks.has(node.name)) this.flush();
      },
    );
  }

  /** Text of running content; inside `<pre>` its line breaks end lines. */
  private text(data: string, pre: boolean): void {
    if (!pre) {
      this.buffer.push(data);
      return;
    }
    const [first, ...rest] = data.split(/\r\n?|\n/u);
    this.buffer.push(first ?? '');
    for (const piece of rest) {
      this.flush();
      this.buffer.push(piece);
    }
  }

  /**
   * A table's rows become lines of fields, one field per cell, on the grid expanded for `colspan` and `rowspan`.
   * A row holding a nested table or a cell of prose is a layout row: its cells are read as running text instead,
   * so a table that wraps the whole report does not hide the tables inside it.
   */
  private table(table: Element): void {
    const number = this.tableNumbers.get(table) ?? 0;
    for (const caption of ownDescendants(table, captionName, tableName)) {
      this.flush();
      this.flow(caption);
      this.flush();
    }
    const rows = ownDescendants(table, rowName, tableName);
    const cells = rows.map((row) => ownDescendants(row, cellNames, rowName));
    const spans: SpanCell[][] = cells.map((list) =>
      list.map((cell) => ({
        colspan: Math.max(1, spanAttribute(cell, 'colspan', 1, 1000)),
        rowspan: spanAttribute(cell, 'rowspan', 1, 65534),
      })),
    );
    const grid = layoutGrid(spans, groupEnds(rows));
    const single = cells.flat().length === 1;
    rows.forEach((_, r) => {
      const list = cells[r]!;
      if (list.length === 0) return;
      const texts = list.map((cell) => (containsTable(cell) ? null : cellText(cell)));
      const layoutRow = single || texts.some((text) => text === null || text.length >= proseLength);
      if (layoutRow) {
        for (const cell of list) {
          this.flush();
          this.flow(cell);
          this.flush();
        }
        return;
      }
      const fields: Field[] = list.map((_, c) => {
        const slot = grid[r]![c]!;
        const place: Place = { kind: 'html', table: number, row: r + 1, cell: c + 1 };
        return { text: texts[c] ?? '', place, column: slot.column, ...(slot.span > 1 ? { span: slot.span } : {}) };
      });
      // A row of nothing but empty cells (Word's column-width spacer row) carries no label and no value.
      if (fields.some((field) => field.text !== '')) this.lines.push({ fields, place: fields[0]!.place, table: number });
    });
  }

  finish(): void {
    this.flush();
  }
}

/** For each row, the index of the last row of its group (`thead`, `tbody`, `tfoot`, or rows straight in the table). */
function groupEnds(rows: readonly Element[]): number[] {
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
 */
export function htmlToLayout(input: string | Uint8Array, options: HtmlToLayoutOptions = {}): Layout {
  const text = typeof input === 'string' ? input : decodeHtml(input, options.encoding);
  const document = parseDocument(text);
  const builder = new HtmlLayoutBuilder(document);
  builder.flow(document);
  builder.finish();
  return { kind: 'html', lines: builder.lines };
}
