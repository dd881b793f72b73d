import type { Report } from '@disclosure/core';
import { utf8, type Generator } from '../document.ts';
import { seededRandom } from '../seeded-random.ts';
import { labelsOf, textLines, valuesOf, type TextLine } from '../text-lines.ts';

/** Share of data rows whose value cells run into one field. */
const mergeRate = 0.4;

/**
 * A line of a table kept as a grid, but with its value cells run into one field (`| 二、上年结转 | 111000012 |`): a web
 * page whose cell borders were lost in extraction, a Markdown conversion that merged a row's cells. Blank cells print
 * nothing; the label fields stay as they were.
 */
function mergeValues(line: TextLine, random: () => number): string[] {
  if (line.kind !== 'row') return line.kind === 'prose' ? [line.text] : line.fields;
  if (random() >= mergeRate) return line.fields;
  return [...labelsOf(line), valuesOf(line).join('')];
}

/**
 * A report as tab-separated text (odd seeds) or Markdown tables (even seeds) in which about 40% of the data rows
 * print their values as one run of digits in a single field.
 */
export function toMergedCells(report: Report, seed: number): string {
  const random = seededRandom(seed);
  const markdown = seed % 2 === 0;
  const lines = textLines(report).map((line) => {
    const fields = mergeValues(line, random);
    if (line.kind === 'prose') return fields[0]!;
    return markdown ? `| ${fields.join(' | ')} |` : fields.join('\t');
  });
  return `${lines.join('\n')}\n`;
}

/** Class “grid rows whose cells ran together”. */
export const mergedCells: Generator = {
  id: 'merged-cells',
  class: 'merged-cells',
  description: 'toText as tab text or Markdown, then ~40% of data rows print their values as one run of digits in one field',
  generate: (report, seed) => ({ name: 'merged.txt', class: 'merged-cells', bytes: utf8(toMergedCells(report, seed)), expected: report }),
};
