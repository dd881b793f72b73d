import type { Report, TableEntry } from '@disclosure/core';
import { toMarkdown } from '@disclosure/renderer';
import { utf8, type Generator } from '../document.ts';
import { labelsOf, textLines, valuesOf, type RowLine } from '../text-lines.ts';

/** A Markdown table row. */
function markdownRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** A tiny Markdown table: a header, its rule, then value rows. */
function tinyTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string[] {
  return ['', markdownRow(header), markdownRow(header.map(() => '---')), ...rows.map(markdownRow), ''];
}

/** A label torn in two fragments on free lines, as an extraction prints a cell's wrapped text. */
function fragments(label: string): string[] {
  if (label.length < 8) return [label];
  const cut = Math.ceil(label.length / 2);
  return [label.slice(0, cut), label.slice(cut)];
}

/** The parts a table is extracted in: consecutive data lines of one group (table 3, table 2) or one row each (table 4). */
function parts(lines: readonly RowLine[]): RowLine[][] {
  const result: RowLine[][] = [];
  for (const line of lines) {
    const group = line.rows[0]!.group?.key ?? line.rows[0]!.path;
    const previous = result.at(-1)?.[0]?.rows[0];
    if (previous && (previous.group?.key ?? previous.path) === group && line.table !== 'reviewAndLitigation') result.at(-1)!.push(line);
    else result.push([line]);
  }
  return result;
}

/** One table with its labels torn from its values. */
function tornTable(lines: readonly RowLine[]): string[] {
  const out: string[] = [];
  const tableParts = parts(lines);
  tableParts.forEach((part, index) => {
    const first = part[0]!;
    if (first.table === 'reviewAndLitigation') {
      // Table 4 split in three: the group name on a free line over a table of five outcomes each.
      const values = valuesOf(first);
      first.rows.forEach((row, i) => {
        out.push(row.zh, ...tinyTable(row.columns.map((column) => column.zh), [values.slice(i * 5, i * 5 + 5)]));
      });
      return;
    }
    if (first.table === 'activeDisclosure') out.push(first.rows[0]!.group?.zh ?? '');
    for (const line of part) out.push(...labelsOf(line).filter(Boolean).flatMap(fragments));
    const columns = first.rows[0]!.columns;
    // The last part of table 3 gets the wrong, generic header row real extractions print.
    const generic = first.table === 'applications' && index >= tableParts.length - 3;
    const header = generic ? columns.map((_, i) => `列${i + 1}`) : columns.map((column) => column.zh);
    out.push(...tinyTable(header, part.map((line) => valuesOf(line).slice(0, columns.length))));
  });
  return out;
}

/**
 * A third-party PDF→Markdown extraction with labels torn from their values: `toMarkdown`'s prose kept, each table
 * replaced by its labels as fragments on free lines followed by the values in tiny Markdown tables in the official
 * row order, with a wrong generic header (`| 列1 | 列2 | …`) over the last part of table 3 and table 4 in three.
 */
export function toTornMarkdown(report: Report): string {
  const byTable = new Map<TableEntry['key'], RowLine[]>();
  for (const line of textLines(report)) {
    if (line.kind === 'row') byTable.set(line.table, [...(byTable.get(line.table) ?? []), line]);
  }
  const tables = [...byTable.values()];
  const out: string[] = [];
  let index = 0;
  let inTable = false;
  for (const line of toMarkdown(report).split('\n')) {
    if (line.startsWith('|')) {
      if (!inTable) out.push(...tornTable(tables[index++] ?? []));
      inTable = true;
    } else {
      inTable = false;
      out.push(line);
    }
  }
  return out.join('\n');
}

/** Class “Markdown extraction with labels torn from values”. */
export const tornMarkdown: Generator = {
  id: 'torn-markdown',
  class: 'torn-markdown',
  description: 'toMarkdown, each table as free label fragments then values-only tiny tables, a generic header over the last part',
  generate: (report) => ({ name: 'extracted.md', class: 'torn-markdown', bytes: utf8(toTornMarkdown(report)), expected: report }),
};
