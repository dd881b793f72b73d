import type { Report } from '@disclosure/core';
import { utf8, type Generator } from '../document.ts';
import { extractionOf } from './html-table-markdown.ts';
import { placedCells } from './table-cells.ts';

/**
 * A table's HTML laid on its grid: every position a cell covers (its `colspan` × `rowspan`) holds the cell's text
 * when `repeat`, as docling writes a merged cell; otherwise only its first position does and the rest are empty.
 */
function gridOf(table: string, repeat: boolean): string[][] {
  const grid: string[][] = [];
  for (const cell of placedCells(table)) {
    for (let down = 0; down < cell.rows; down++) {
      for (let across = 0; across < cell.columns; across++) {
        (grid[cell.row + down] ??= [])[cell.column + across] = repeat || (down === 0 && across === 0) ? cell.text : '';
      }
    }
  }
  return grid;
}

/**
 * A report as a PDF→Markdown extraction writes it when it lays merged cells on the grid (docling, marker): headings
 * and paragraphs as Markdown, every table as a pipe table with a column per grid column. Even seeds repeat a merged
 * cell's text in every position it spans — header labels, row labels, and the figure of a cell that spans the
 * columns its row lacks (`| 行政许可 | 447228 | 447228 | 447228 |`) — as docling does; odd seeds leave them empty.
 */
export function toRepeatedSpans(report: Report, seed: number): string {
  const pipeTable = (html: string): string => {
    const grid = gridOf(html, seed % 2 === 0);
    const width = Math.max(...grid.map((row) => row.length));
    const rows = grid.map((row) => `| ${Array.from({ length: width }, (_, column) => row[column] ?? '').join(' | ')} |`);
    return [rows[0], `|${' --- |'.repeat(width)}`, ...rows.slice(1)].join('\n');
  };
  return `${extractionOf(report, pipeTable)}\n`;
}

/** Class “Markdown extraction that lays merged cells on the grid”. */
export const repeatedSpans: Generator = {
  id: 'repeated-spans',
  class: 'repeated-spans',
  description: 'toHtml as a Markdown extraction whose pipe tables lay merged cells on the grid: their text repeated in every spanned position (even seeds, docling) or left empty (odd seeds)',
  generate: (report, seed) => ({ name: 'extraction.md', class: 'repeated-spans', bytes: utf8(toRepeatedSpans(report, seed)), expected: report }),
};
