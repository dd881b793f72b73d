import type { Place } from '@disclosure/core/lite';
import type { Field, Line } from '../layout/layout.ts';
import { spendEvery } from '../budget.ts';
import { cellSpans, layoutGrid, type SpanCell } from '../html/table-grid.ts';

// HTML tables written into a text document. A PDF→Markdown extraction writes a table with merged cells as raw
// markup (MinerU on one line, pandoc over many): `<table><tr><td rowspan="2">…</td>…</tr></table>`. Read as text, its
// attributes would be figures (`colspan="7"`) and its cells one run. Here its rows become lines of fields on the
// table's grid. Only tables are read, by a scan of their tags, so that reading text loads no HTML library.

/** A `<table>` start tag (not `<tablex>`). */
const tableOpening = /<table[\s>]/iu;

/** A table found in the text: the lines it spans (`last` inclusive) and its markup. */
export interface HtmlTableBlock {
  readonly first: number;
  readonly last: number;
  /** Text on the first line before `<table`, and on the last line after `</table>`. */
  readonly before: string;
  readonly after: string;
  readonly markup: string;
}

/**
 * The HTML table starting on line `first` (which holds `<table`), up to the line where its `</table>` closes it;
 * `null` when it is not closed before the text ends. `unclosed` remembers, across calls, that no `</table>` follows
 * a line, so that a text of many unclosed `<table`s is still scanned once.
 */
export function htmlTableBlock(lines: readonly string[], first: number, unclosed: { from: number }): HtmlTableBlock | null {
  if (first >= unclosed.from) return null;
  const start = lines[first]!.search(tableOpening);
  let depth = 0;
  for (let index = first; index < lines.length; index++) {
    const line = index === first ? lines[index]!.slice(start) : lines[index]!;
    for (const tag of line.matchAll(/<(\/?)table[\s>]/giu)) {
      depth += tag[1] ? -1 : 1;
      if (depth > 0) continue;
      const end = tag.index! + tag[0].length + (index === first ? start : 0);
      const parts = lines.slice(first, index + 1);
      parts[parts.length - 1] = parts.at(-1)!.slice(0, end);
      parts[0] = parts[0]!.slice(start);
      return { first, last: index, before: lines[first]!.slice(0, start), after: lines[index]!.slice(end), markup: parts.join('\n') };
    }
  }
  unclosed.from = first;
  return null;
}

/** How many `<table>` elements a stretch of markup opens. */
export function countTables(markup: string): number {
  return markup.match(/<table[\s>]/giu)?.length ?? 0;
}

/** Whether a line may start an HTML table. */
export function opensHtmlTable(line: string): boolean {
  return line.includes('<') && tableOpening.test(line);
}

const entities: Readonly<Record<string, string>> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** A cell's text: tags dropped (`<br>` a space), the common entities decoded, blanks collapsed. */
function cellText(html: string): string {
  return html
    .replace(/<br\s*\/?>/giu, ' ')
    .replace(/<[^>]*>/gu, '')
    .replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]+);/giu, (entity, name: string) => {
      if (name[0] !== '#') return entities[name.toLowerCase()] ?? entity;
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    })
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The value of the attribute `name` in a tag's attribute text (quoted or not); `undefined` when it has none. */
function attribute(attributes: string, name: 'colspan' | 'rowspan'): string | undefined {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]*))`, 'iu').exec(attributes);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

interface ScannedCell extends SpanCell {
  readonly text: string;
}

/** A table's rows, each a list of cells, and for each row the index of the last row of its group (`thead`, `tbody` …). */
interface ScannedRows {
  readonly rows: ScannedCell[][];
  readonly groupEnds: number[];
}

/** The rows of a table's markup; `null` when it holds another table. */
function scanRows(markup: string): ScannedRows | null {
  const rows: ScannedCell[][] = [];
  const groups: number[] = [];
  let group = 0;
  let cell: { attributes: string; from: number } | null = null;
  const end = (at: number): void => {
    if (!cell) return;
    const text = cellText(markup.slice(cell.from, at));
    if (rows.length === 0) {
      rows.push([]);
      groups.push(group);
    }
    rows.at(-1)!.push({ text, ...cellSpans(attribute(cell.attributes, 'colspan'), attribute(cell.attributes, 'rowspan')) });
    cell = null;
  };
  let tables = 0;
  let pass = 0;
  for (const tag of markup.matchAll(/<(\/?)(table|thead|tbody|tfoot|tr|td|th)\b([^>]*)>/giu)) {
    spendEvery(pass++);
    const closing = tag[1] === '/';
    const name = tag[2]!.toLowerCase();
    if (name !== 'td' && name !== 'th') end(tag.index!);
    if (name === 'table') {
      if (!closing && ++tables > 1) return null;
    } else if (name === 'tr') {
      if (!closing) {
        rows.push([]);
        groups.push(group);
      }
    } else if (name !== 'td' && name !== 'th') group++;
    else {
      end(tag.index!);
      if (!closing) cell = { attributes: tag[3]!, from: tag.index! + tag[0].length };
    }
  }
  // a rowspan stops at the last row of its group, as in HTML
  const groupEnds = groups.map((_, i) => i);
  for (let i = groups.length - 2; i >= 0; i--) if (groups[i] === groups[i + 1]) groupEnds[i] = groupEnds[i + 1]!;
  return { rows, groupEnds };
}

/**
 * The lines of an HTML table's rows: one field per cell at its grid column (expanded for `colspan` and `rowspan`),
 * placed `{kind:'html', table: html, row, cell}` as the HTML reader places them (`html`: the table's index among
 * the text's `<table>` elements, from 1), each line in the layout's table `table`; rows of only empty cells left out.
 * `null` for a table that holds another table (its lines are then read as text).
 */
export function htmlTableLines(markup: string, html: number, table: number): Line[] | null {
  const scanned = scanRows(markup);
  if (!scanned) return null;
  const { rows, groupEnds } = scanned;
  const grid = layoutGrid(rows, groupEnds);
  const lines: Line[] = [];
  rows.forEach((cells, r) => {
    const fields: Field[] = cells.map((cell, c) => {
      const slot = grid[r]![c]!;
      const place: Place = { kind: 'html', table: html, row: r + 1, cell: c + 1 };
      return { text: cell.text, place, column: slot.column, ...(slot.span > 1 ? { span: slot.span } : {}) };
    });
    if (fields.some((field) => field.text !== '')) lines.push({ fields, place: fields[0]!.place, table });
  });
  return lines;
}
