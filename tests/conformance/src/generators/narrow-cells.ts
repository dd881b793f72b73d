import type { Report } from '@disclosure/core';
import { utf8, type Generator } from '../document.ts';
import { labelsOf, printLines, valuesOf, type TextLine } from '../text-lines.ts';
import { labelWidth, wrap } from './pdf-viewer-text.ts';

/** Digits a narrow cell holds on one line: a wider figure wraps, its other digits on the cell's next line. */
const cellDigits = 3;

/** How a PDF's text gives the parts of a figure wrapped in its cell. */
type Form = 'layout' | 'viewer' | 'side-by-side';
const forms: readonly Form[] = ['layout', 'viewer', 'side-by-side'];

/** A figure's first line in its cell and the rest (empty when it fits). */
function wrapFigure(printed: string): [string, string] {
  return /^\d+$/u.test(printed) && printed.length > cellDigits ? [printed.slice(0, cellDigits), printed.slice(cellDigits)] : [printed, ''];
}

const printedOnly = (cells: readonly string[]) => cells.filter(Boolean).join(' ');

/**
 * One table line as a PDF's text gives it when figures wrap in narrow cells (blank cells print nothing):
 * - `layout` (`pdftotext -layout`): the row's label and its figures' first lines, then the label's next line with
 *   the figures' other digits;
 * - `viewer` (`pdftotext`, a viewer's copy): the same, but the label's other lines come before the other digits;
 * - `side-by-side`: each figure's parts one after the other on the row's line (`999 88`), as `-layout` gives a row
 *   whose other cells stand centred between a wrapped figure's two lines.
 */
function narrowLines(line: TextLine, form: Form): string[] {
  if (line.kind === 'prose') return [line.text];
  if (line.kind === 'header') return [printedOnly(line.fields)];
  // a group's label (`（五）不予处理`) in a column of its own before the row's, which wraps in its cell
  const labels = labelsOf(line).filter(Boolean);
  const [head = '', ...rest] = wrap(labels.at(-1) ?? '', labelWidth);
  const first = printedOnly([...labels.slice(0, -1), head]);
  const parts = valuesOf(line).map(wrapFigure);
  if (form === 'side-by-side') return [`${first} ${printedOnly(parts.flat())}`.trim(), ...rest];
  const upper = `${first} ${printedOnly(parts.map(([head]) => head))}`.trim();
  const lower = printedOnly(parts.map(([, tail]) => tail));
  if (lower === '') return [upper, ...rest];
  if (form === 'layout') return [upper, `${rest[0] ?? ''} ${lower}`.trim(), ...rest.slice(1)];
  return [upper, ...rest, lower];
}

/**
 * A report's text as a PDF whose narrow cells wrap figures of more than {@link cellDigits} digits gives it: cells
 * separated by a space, the parts of a wrapped figure as two figures, in one of three forms by seed (`narrowLines`).
 */
export function toNarrowCells(report: Report, seed: number): string {
  const form = forms[seed % forms.length]!;
  return printLines(report, (line) => narrowLines(line, form));
}

/** Class “figures wrapped in narrow cells”. */
export const narrowCells: Generator = {
  id: 'narrow-cells',
  class: 'narrow-cells',
  description: 'toText with a space between cells, figures of more than 3 digits wrapped: their other digits on the next line (after or before the label’s rest) or beside them',
  generate: (report, seed) => ({ name: 'narrow-cells.txt', class: 'narrow-cells', bytes: utf8(toNarrowCells(report, seed)), expected: report }),
};
