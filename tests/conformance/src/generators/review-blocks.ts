import type { Report } from '@disclosure/core';
import { utf8, type Generator } from '../document.ts';
import { seededRandom, shuffled } from '../seeded-random.ts';
import { printLines, valuesOf, type TextLine } from '../text-lines.ts';
import { cellLines } from './pdf-viewer-text.ts';

/** How often the blocks come in another order than the format's. */
const outOfOrderRate = 0.5;
/** Spreads a report's figures over [0, 1) (Weyl's sequence), to vary the draw from report to report. */
const goldenRatio = (Math.sqrt(5) - 1) / 2;

/**
 * One table line as a PDF viewer gives a table 4 the PDF drew in blocks, one per group: the group's label, its five
 * outcome labels, then its figures, one a line (blanks print nothing); the blocks in the format's order or, half the
 * time (seeded, and varied by the report's figures), in another, as poppler may take a page's blocks. Table 4's own header lines go, each block printing
 * its labels. Other lines as in `pdf-viewer-text`.
 */
function blockLines(line: TextLine, random: () => number): string[] {
  if (line.kind === 'prose' || line.table !== 'reviewAndLitigation') return cellLines(line, random);
  if (line.kind === 'header') return [];
  const values = valuesOf(line);
  let at = 0;
  const blocks = line.rows.map((row) => {
    const figures = values.slice(at, (at += row.columns.length)).filter(Boolean);
    return [row.zh, ...row.columns.map((column) => column.zh), ...figures];
  });
  // drawn from the seed and the report's figures: the expected reports, all given one seed, vary too
  const figures = values.reduce((sum, value) => sum + (Number(value) || 0), 0);
  let order = blocks;
  if ((random() + figures * goldenRatio) % 1 < outOfOrderRate) while (order.every((block, i) => block === blocks[i])) order = shuffled(blocks, random);
  return order.flat();
}

/** A report as a PDF viewer's text gives it when the PDF drew table 4 in blocks. */
export function toReviewBlocks(report: Report, seed: number): string {
  const random = seededRandom(seed);
  return printLines(report, (line) => blockLines(line, random));
}

/** Class “text copied out of a PDF viewer”: table 4 drawn in blocks, maybe out of order. */
export const reviewBlocks: Generator = {
  id: 'review-blocks',
  class: 'pdf-viewer-text',
  description: "pdf-viewer-text's text with table 4 printed as three blocks, each its group's label, outcome labels and figures, in the format's order or (half the time, seeded) another",
  generate: (report, seed) => ({ name: 'review-blocks.txt', class: 'pdf-viewer-text', bytes: utf8(toReviewBlocks(report, seed)), expected: report }),
};
