import type { Report } from '@disclosure/core';
import { utf8, type Generator } from '../document.ts';
import { seededRandom } from '../seeded-random.ts';
import { labelsOf, printLines, valuesOf, type TextLine } from '../text-lines.ts';
import { cellLines, groupLines, labelWidth, wrap } from './pdf-viewer-text.ts';

/**
 * One table line as `pdftotext` gives LibreOffice's print of a web page: a row of table 3 whose label wraps prints
 * its figures after the label's first line lower than that line, so they come first, and its first one or two
 * figures (seeded) after them — the first on the label's first line, the second after the label's second line
 * (`0 0 0 0 454` `（二）部分公开 447` `（区分处理的，` `7`). Other lines as in `pdf-viewer-text`.
 */
function turnedLines(line: TextLine, random: () => number): string[] {
  if (line.kind !== 'row' || line.table !== 'applications') return cellLines(line, random);
  const labels = labelsOf(line);
  const values = valuesOf(line).filter(Boolean);
  const last = labels.findLastIndex(Boolean);
  const label = last < 0 ? [] : wrap(labels[last]!, labelWidth);
  if (label.length < 2 || values.length < 2) return cellLines(line, random);
  const turn = random() < 0.5 ? 1 : 2;
  const [first, second, ...rest] = label;
  return [...groupLines(line, labels, last), ...values.slice(turn), `${first} ${values[0]}`, second!, ...values.slice(1, turn), ...rest];
}

/** A report as `pdftotext` gives LibreOffice's print of it as a web page: table 3's rows with wrapped labels turned. */
export function toTurnedRows(report: Report, seed: number): string {
  const random = seededRandom(seed);
  return printLines(report, (line) => turnedLines(line, random));
}

/** Class “text copied out of a PDF viewer”: poppler's order of a row whose label wraps. */
export const turnedRows: Generator = {
  id: 'turned-rows',
  class: 'pdf-viewer-text',
  description: "pdf-viewer-text's text with each table-3 row whose label wraps printing its first 1–2 figures (seeded) after the rest, beside and after the label's first lines, as pdftotext gives a LibreOffice print of a web page",
  generate: (report, seed) => ({ name: 'turned-rows.txt', class: 'pdf-viewer-text', bytes: utf8(toTurnedRows(report, seed)), expected: report }),
};
