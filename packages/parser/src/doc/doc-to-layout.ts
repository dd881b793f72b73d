import type { Place } from '@disclosure/core/lite';
import { proseLength } from '../docx/docx-to-layout.ts';
import type { Field, Layout, Line } from '../layout/layout.ts';
import { readWordBinary, type WordParagraph, type WordRowDefinition } from './read-word-binary.ts';

/** Cell edges closer than this (in twips, 1/1440 inch: 0.5 mm) are one grid line. */
const edgeTolerance = 30;

interface Row {
  readonly cells: readonly string[];
  readonly definition?: WordRowDefinition;
}

function clean(text: string): string {
  return text.replace(/[\s\u200b-\u200d\u2060]+/gu, ' ').trim();
}

/** The grid lines of a table: every row's cell edges, near ones merged, left to right. */
function gridLines(rows: readonly Row[]): number[] {
  const edges = rows.flatMap((row) => row.definition?.edges ?? []).sort((a, b) => a - b);
  const lines: number[] = [];
  for (const edge of edges) if (lines.length === 0 || edge - lines.at(-1)! > edgeTolerance) lines.push(edge);
  return lines;
}

function nearestLine(lines: readonly number[], edge: number): number {
  let best = 0;
  lines.forEach((line, i) => {
    if (Math.abs(line - edge) < Math.abs(lines[best]! - edge)) best = i;
  });
  return best;
}

class DocLayoutBuilder {
  readonly lines: Line[] = [];
  private paragraph = 0;
  private tables = 0;

  prose(text: string): void {
    const place: Place = { kind: 'docx', table: 0, row: ++this.paragraph, cell: 1 };
    for (const piece of text.split('\n')) {
      const line = piece.replace(/[^\S\t]+/gu, ' ').replace(/[\u200b-\u200d\u2060]/gu, '').trim();
      if (line) this.lines.push({ fields: [{ text: line, place }], place });
    }
  }

  /**
   * A table's rows: one line per row, one field per cell, placed on the grid drawn by all rows' cell edges. A cell
   * continuing a vertical merge has no field when empty. A table of one cell, and a row with a cell of prose, are
   * read as running text.
   */
  table(rows: readonly Row[]): void {
    const number = ++this.tables;
    if (rows.flatMap((row) => row.cells).length === 1) {
      for (const cell of rows[0]!.cells) this.prose(cell);
      return;
    }
    const lines = gridLines(rows);
    rows.forEach((row, r) => {
      const texts = row.cells.map(clean);
      if (texts.some((text) => text.length >= proseLength)) {
        for (const cell of row.cells) this.prose(cell);
        return;
      }
      const edges = row.definition && row.definition.edges.length === row.cells.length + 1 ? row.definition.edges : null;
      const fields: Field[] = [];
      texts.forEach((text, c) => {
        if (edges && row.definition!.mergedDown[c] && text === '') return;
        const place: Place = { kind: 'docx', table: number, row: r + 1, cell: c + 1 };
        const column = edges ? nearestLine(lines, edges[c]!) : c;
        const span = edges ? nearestLine(lines, edges[c + 1]!) - column : 1;
        fields.push(span > 1 ? { text, place, column, span } : { text, place, column });
      });
      if (fields.some((field) => field.text !== '')) this.lines.push({ fields, place: fields[0]!.place, table: number });
    });
  }
}

/** Groups the paragraphs into prose and tables of depth 1; paragraphs of nested tables join their outer cell. */
function buildLayout(paragraphs: readonly WordParagraph[]): Line[] {
  const builder = new DocLayoutBuilder();
  let rows: Row[] = [];
  let cells: string[] = [];
  let cell: string[] = [];
  const endTable = (): void => {
    if (cell.length > 0) cells.push(cell.join(' '));
    if (cells.length > 0) rows.push({ cells });
    if (rows.length > 0) builder.table(rows);
    rows = [];
    cells = [];
    cell = [];
  };
  for (const paragraph of paragraphs) {
    if (paragraph.depth === 0) {
      endTable();
      builder.prose(paragraph.text);
    } else if (paragraph.rowEnd) {
      if (cell.length > 0) cells.push(cell.join(' '));
      rows.push(paragraph.row ? { cells, definition: paragraph.row } : { cells });
      cells = [];
      cell = [];
    } else {
      cell.push(paragraph.text);
      if (paragraph.cellEnd && paragraph.depth === 1) {
        cells.push(cell.join(' '));
        cell = [];
      }
    }
  }
  endTable();
  return builder.lines;
}

/**
 * Reads a Word 97–2003 document (`.doc`, MS-DOC) into a {@link Layout} of kind `docx`, the same shape a DOCX gives:
 *
 * - Paragraphs outside tables: each line (split at manual line breaks) is a line of one field placed at
 *   `{kind:'docx', table: 0, row: n, cell: 1}`, `n` counting paragraphs from 1.
 * - Table rows: one line each, with `table` set (tables of depth 1 counted from 1); one field per cell, placed at
 *   `{kind:'docx', table, row, cell}`. `column` is the grid column where the cell starts and `span` how many it
 *   covers, the grid being drawn from the cell edges of all the table's rows (`sprmTDefTable`). A cell continuing a
 *   vertical merge, when empty, has no field. A row of only empty cells is left out. A cell's paragraphs are
 *   joined by one space; nested tables' text joins the outer cell.
 *
 * Throws {@link ParseError}: `NOT_A_DOCUMENT` (no Word 97 document), `UNSUPPORTED_KIND` (password-protected),
 * `CORRUPT_ARCHIVE`.
 */
export function docToLayout(bytes: Uint8Array): Layout {
  return { kind: 'docx', lines: buildLayout(readWordBinary(bytes)) };
}
