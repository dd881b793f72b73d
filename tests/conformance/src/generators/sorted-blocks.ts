import type { Report } from '@disclosure/core';
import { utf8, type Generator } from '../document.ts';
import { labelsOf, printLines, valuesOf, type TextLine } from '../text-lines.ts';
import { cellLines, groupLines, labelWidth, wrap } from './pdf-viewer-text.ts';

/**
 * One table line as PyMuPDF's `page.get_text(sort=True)` gives it: every cell a block of its own lines, the blocks
 * sorted by their bottoms, then left to right. A row's label on one line shares its figures' bottom and comes first;
 * a label wrapped over more lines reaches lower, so it follows the row's figures.
 */
function sortedLines(line: TextLine): string[] {
  // (table 4 drawn left to right: no total before its outcomes)
  if (line.kind !== 'row') return cellLines(line, () => 1);
  const labels = labelsOf(line);
  const values = valuesOf(line).filter(Boolean);
  const last = labels.findLastIndex(Boolean);
  if (last < 0) return values;
  const label = wrap(labels[last]!, labelWidth);
  return [...groupLines(line, labels, last), ...(label.length > 1 ? [...values, ...label] : [...label, ...values])];
}

/** A report as PyMuPDF's sorted text of its PDF: one cell per line, a wrapped label after its row's figures. */
export function toSortedBlocks(report: Report): string {
  return printLines(report, sortedLines);
}

/** Class “a PDF's text as Python's PDF libraries give it”: PyMuPDF's blocks sorted by their bottoms. */
export const sortedBlocks: Generator = {
  id: 'sorted-blocks',
  class: 'pdf-library-text',
  description: "toText as PyMuPDF's get_text(sort=True) gives its PDF: one cell per line, a label wrapped over lines after its row's figures, one on a line before them",
  generate: (report) => ({ name: 'sorted-blocks.txt', class: 'pdf-library-text', bytes: utf8(toSortedBlocks(report)), expected: report }),
};
