import type { Report } from '@disclosure/core';
import { utf8, type Generator } from '../document.ts';
import { extractionOf } from './html-table-markdown.ts';
import { placedCells } from './table-cells.ts';

/**
 * A table as Python's html2text writes it (LangChain's `Html2TextTransformer`, many crawlers' Markdown): a line per
 * row, the cells that start in the row apart by bars with no bar at either end — a cell under a merged one left out,
 * a merged cell once — and the delimiter row (`---|---`) under the first row, as many dashes as it has cells. Even
 * seeds as its default writes them (`规章| | | 2`, a hard break's two spaces after each row), odd seeds with its
 * `pad_tables` (each cell padded to its column's widest, ` | ` between them).
 */
function barlessTable(html: string, seed: number): string {
  const rows: string[][] = [];
  for (const cell of placedCells(html)) (rows[cell.row] ??= []).push(cell.text);
  const cells = Array.from({ length: rows.length }, (_, i) => rows[i] ?? []);
  const lines =
    seed % 2 === 0
      ? cells.map((row) => `${row.join('| ')}  `)
      : cells.map((row) => row.map((text, i) => text.padEnd(Math.max(...cells.map((other) => other[i]?.length ?? 0)))).join(' | '));
  const delimiter = Array.from({ length: cells[0]!.length }, () => '---').join('|');
  return [lines[0], delimiter, ...lines.slice(1)].join('\n');
}

/** A report as a crawler's Markdown converter (Python's html2text) writes its web page. */
export function toConvertedMarkdown(report: Report, seed: number): string {
  return `${extractionOf(report, (html) => barlessTable(html, seed))}\n`;
}

/** Class “web page converted to Markdown by a crawler's converter”: pipe tables without their outer bars. */
export const convertedMarkdown: Generator = {
  id: 'converted-markdown',
  class: 'converted-markdown',
  description: "toHtml as Python's html2text writes it: pipe tables without their outer bars, a cell under a merged one left out, the delimiter row under the first row; padded cells on odd seeds",
  generate: (report, seed) => ({ name: 'converted.md', class: 'converted-markdown', bytes: utf8(toConvertedMarkdown(report, seed)), expected: report }),
};
