import { listCellEntries, type Report, type RowEntry, type TableEntry } from '@disclosure/core';
import { toText } from '@disclosure/renderer';

/** A line of `toText` output that is not part of a table: title, heading, prose, signature. */
export interface ProseLine {
  readonly kind: 'prose';
  readonly text: string;
}

/** A header line of a table: column names, group names, merged cells. */
export interface HeaderLine {
  readonly kind: 'header';
  readonly table: TableEntry['key'];
  readonly fields: string[];
}

/**
 * A data line of a table: the catalogue rows it prints (one, or table 4's three on one line), its tab fields, and
 * where its values start. `fields[valueStart + i]` prints the i-th cell of its rows in catalogue order.
 */
export interface RowLine {
  readonly kind: 'row';
  readonly table: TableEntry['key'];
  readonly rows: readonly RowEntry[];
  readonly fields: string[];
  readonly valueStart: number;
}

/** One line of a report's plain-text rendering, with its table structure made explicit. */
export type TextLine = ProseLine | HeaderLine | RowLine;

/** How many value cells a data line prints. */
export function valueCount(line: RowLine): number {
  return line.rows.reduce((sum, row) => sum + row.columns.length, 0);
}

/** The printed values of a data line, in catalogue order. */
export function valuesOf(line: RowLine): string[] {
  return line.fields.slice(line.valueStart, line.valueStart + valueCount(line));
}

/** The label fields of a data line (everything before its values), empty ones included. */
export function labelsOf(line: RowLine): string[] {
  return line.fields.slice(0, line.valueStart);
}

/** The catalogue rows of a report's shape, table by table, in printed order. */
function rowsByTable(report: Report): Map<TableEntry['key'], RowEntry[]> {
  const rows = new Map<TableEntry['key'], RowEntry[]>();
  for (const entry of listCellEntries(report)) {
    const list = rows.get(entry.table.key) ?? [];
    if (list.at(-1) !== entry.row) list.push(entry.row);
    rows.set(entry.table.key, list);
  }
  return rows;
}

/**
 * A report rendered with `toText`, each line tagged: prose, table header, or table data with the catalogue rows it
 * prints. The renderer writes one field per grid column, so in every line of a table the values start at the same
 * field: the table's width less its widest row's cell count (table 4 prints its three rows as one line).
 */
export function textLines(report: Report): TextLine[] {
  const rows = rowsByTable(report);
  const tables = [...rows.keys()];
  const lines = toText(report).replace(/\n$/u, '').split('\n');
  const result: TextLine[] = [];
  let tableIndex = -1;
  let inTable = false;
  let block: string[][] = [];
  const flush = () => {
    if (block.length === 0) return;
    const key = tables[tableIndex]!;
    const tableRows = rows.get(key)!;
    const width = block[0]!.length;
    if (key === 'reviewAndLitigation') {
      const valueStart = width - tableRows.reduce((sum, row) => sum + row.columns.length, 0);
      block.forEach((fields, i) =>
        result.push(i === block.length - 1 ? { kind: 'row', table: key, rows: tableRows, fields, valueStart } : { kind: 'header', table: key, fields }),
      );
    } else {
      const valueStart = width - Math.max(...tableRows.map((row) => row.columns.length));
      let next = 0;
      for (const fields of block) {
        const row = tableRows[next];
        if (row && fields.slice(0, valueStart).includes(row.zh)) {
          result.push({ kind: 'row', table: key, rows: [row], fields, valueStart });
          next++;
        } else result.push({ kind: 'header', table: key, fields });
      }
      if (next !== tableRows.length) throw new Error(`textLines: found ${next} of ${tableRows.length} rows of ${key}`);
    }
    block = [];
  };
  for (const text of lines) {
    if (text.includes('\t')) {
      if (!inTable) tableIndex++;
      inTable = true;
      block.push(text.split('\t'));
    } else {
      flush();
      inTable = false;
      result.push({ kind: 'prose', text });
    }
  }
  flush();
  return result;
}

/** A report's lines (`textLines`), each printed as the lines `print` gives for it. */
export function printLines(report: Report, print: (line: TextLine) => string[]): string {
  return `${textLines(report).flatMap(print).join('\n')}\n`;
}

/** Lines back to tab-separated text, as `toText` prints them. */
export function joinLines(lines: readonly TextLine[]): string {
  return `${lines.map((line) => (line.kind === 'prose' ? line.text : line.fields.join('\t'))).join('\n')}\n`;
}
