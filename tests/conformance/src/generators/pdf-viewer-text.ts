import type { Report } from '@disclosure/core';
import { utf8, type Generator } from '../document.ts';
import { seededRandom } from '../seeded-random.ts';
import { labelsOf, printLines, valuesOf, type RowLine, type TextLine } from '../text-lines.ts';

/** Characters per line of prose and of a table's label column, as a PDF page breaks them. */
export const proseWidth = 38;
export const labelWidth = 12;

/** A paragraph broken at the right margin. */
export function wrap(text: string, width: number): string[] {
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += width) parts.push(text.slice(i, i + width));
  return parts.length === 0 ? [''] : parts;
}

/** A vertical header: one character per line (`结` / `果` / `维` / `持`). */
function vertical(text: string): string[] {
  return [...text];
}

/** How often a table-4 group's total is drawn before its four outcomes (PDF drawing order, not left to right). */
const totalFirstRate = 0.3;

/** Table 4's fifteen values in drawing order: now and then a group's total comes before its four outcomes. */
function drawingOrder(values: readonly string[], random: () => number): string[] {
  const out: string[] = [];
  for (let i = 0; i < values.length; i += 5) {
    const group = values.slice(i, i + 5);
    out.push(...(random() < totalFirstRate ? [group[4]!, ...group.slice(0, 4)] : group));
  }
  return out;
}

/**
 * The lines of a data line's group labels (every label before its last, `last`): table 3's `三、本年度办理结果` upright in
 * its merged cell, one character a line; the others wrapped in the label column.
 */
export function groupLines(line: RowLine, labels: readonly string[], last: number): string[] {
  return labels.slice(0, last).flatMap((label, i) => (!label ? [] : i === 0 && line.table === 'applications' ? vertical(label) : wrap(label, labelWidth)));
}

/** One table line as `pdftotext` without `-layout` prints it: one cell per line, wrapped labels around the values. */
export function cellLines(line: TextLine, random: () => number): string[] {
  if (line.kind === 'prose') return wrap(line.text, proseWidth);
  if (line.kind === 'header') {
    return line.fields.filter(Boolean).flatMap((field) => (line.table === 'reviewAndLitigation' ? vertical(field) : wrap(field, labelWidth)));
  }
  const labels = labelsOf(line);
  const values = (line.table === 'reviewAndLitigation' ? drawingOrder(valuesOf(line), random) : valuesOf(line)).filter(Boolean);
  const last = labels.findLastIndex(Boolean);
  if (last < 0) return values;
  // A wrapped label prints its first line, then the row's values (on that baseline), then its other lines.
  const [first, ...rest] = wrap(labels[last]!, labelWidth);
  return [...groupLines(line, labels, last), first!, ...values, ...rest];
}

/**
 * Text copied out of a PDF viewer (`pdftotext` without `-layout`): one cell per line, vertical group labels and
 * table 4's headers one character per line, prose and long labels broken at the margin, a wrapped label's values
 * printed between its lines, and table 4's values in the order a PDF may draw them (a total before its cells, seeded).
 * Blank cells print nothing.
 */
export function toPdfViewerText(report: Report, seed: number): string {
  const random = seededRandom(seed);
  return printLines(report, (line) => cellLines(line, random));
}

/** Class “text copied out of a PDF viewer”, simulated from the text rendering (the committed files are the real thing). */
export const pdfViewerText: Generator = {
  id: 'pdf-viewer-text',
  class: 'pdf-viewer-text',
  description: 'toText, then one cell per line, vertical headers one character per line, wrapped labels around their values, table 4 in drawing order',
  generate: (report, seed) => ({ name: 'pdf-viewer.txt', class: 'pdf-viewer-text', bytes: utf8(toPdfViewerText(report, seed)), expected: report }),
};
