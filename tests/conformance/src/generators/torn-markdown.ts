import type { Report, TableEntry } from '@disclosure/core';
import { toMarkdown } from '@disclosure/renderer';
import { utf8, type Generator } from '../document.ts';
import { seededRandom } from '../seeded-random.ts';
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

/**
 * A part's labels as an extraction prints them apart from its values: as fragments on free lines, or as a table of
 * their own whose fields beside each label are empty (one, or one for each of the row's cells).
 */
function labelLines(part: readonly RowLine[], random: () => number): string[] {
  const labels = part.flatMap((line) => labelsOf(line).filter(Boolean));
  const form = Math.floor(random() * 3);
  if (form === 0) return labels.flatMap(fragments);
  const width = form === 1 ? 1 : part[0]!.rows[0]!.columns.length;
  return ['', ...labels.map((label) => markdownRow([label, ...Array<string>(width).fill('')])), ''];
}

/** One table with its labels torn from its values. */
function tornTable(lines: readonly RowLine[], random: () => number): string[] {
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
    out.push(...labelLines(part, random));
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
 * replaced by its labels (fragments on free lines, or a table of labels with empty fields, drawn by `random`) followed
 * by the values in tiny Markdown tables in the official row order, with a wrong generic header (`| 列1 | 列2 | …`) over the last part of table 3 and table 4 in three.
 */
export function toTornMarkdown(report: Report, random: () => number): string {
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
      if (!inTable) out.push(...tornTable(tables[index++] ?? [], random));
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
  description: 'toMarkdown, each table as label fragments or a table of labels with empty fields, then values-only tiny tables, a generic header over the last part',
  generate: (report, seed) => ({ name: 'extracted.md', class: 'torn-markdown', bytes: utf8(toTornMarkdown(report, seededRandom(seed))), expected: report }),
};
