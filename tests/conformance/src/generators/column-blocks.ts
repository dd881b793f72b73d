import type { Report } from '@disclosure/core';
import { utf8, type Generator } from '../document.ts';
import { seededRandom } from '../seeded-random.ts';
import { labelsOf, textLines, valuesOf, type RowLine, type TextLine } from '../text-lines.ts';
import { cellLines, labelWidth, wrap } from './pdf-viewer-text.ts';

/** Most rows a PDF draws column by column in one block (the corpus has blocks of 2, 4 and 10). */
const largestBlock = 10;

/** A block of table-3 rows as copied out of a PDF that draws it column by column: the labels, then each column's values. */
function blockLines(block: readonly RowLine[]): string[] {
  const labels = block.flatMap((line) => labelsOf(line).filter(Boolean).flatMap((label) => wrap(label, labelWidth)));
  const rows = block.map((line) => valuesOf(line));
  const columns = Math.max(...rows.map((values) => values.length));
  const values: string[] = [];
  for (let column = 0; column < columns; column++) for (const row of rows) if (row[column]) values.push(row[column]!);
  return [...values, ...labels];
}

/**
 * Text copied out of a PDF viewer (`pdftotext` without `-layout`), as the pdf-viewer-text class prints it, except that
 * table 3's data rows come in blocks of 1–10 consecutive rows (seeded), and a block of several rows prints its values
 * column by column (the first cell of each row, then the second …) before its labels: a PDF that draws a merged
 * block of rows one column at a time, as the 洪泽区 PDFs do. Blank cells print nothing.
 */
export function toColumnBlocks(report: Report, seed: number): string {
  const random = seededRandom(seed);
  const lines = textLines(report);
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    const line: TextLine = lines[i]!;
    if (line.kind !== 'row' || line.table !== 'applications') {
      out.push(...cellLines(line, random));
      i++;
      continue;
    }
    const size = 1 + Math.floor(random() * largestBlock);
    const block: RowLine[] = [];
    while (block.length < size && i < lines.length) {
      const next = lines[i]!;
      if (next.kind !== 'row' || next.table !== 'applications') break;
      block.push(next);
      i++;
    }
    out.push(...(block.length === 1 ? cellLines(block[0]!, random) : blockLines(block)));
  }
  return `${out.join('\n')}\n`;
}

/** Class “text copied out of a PDF viewer”, with table 3 drawn in blocks column by column. */
export const columnBlocks: Generator = {
  id: 'column-blocks',
  class: 'pdf-viewer-text',
  description: 'pdf-viewer-text, with table 3 in blocks of 1–10 rows, each block of several rows printed column by column before its labels',
  generate: (report, seed) => ({ name: 'column-blocks.txt', class: 'pdf-viewer-text', bytes: utf8(toColumnBlocks(report, seed)), expected: report }),
};
