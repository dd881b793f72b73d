import type { Report } from '@disclosure/core';
import { utf8, type Generator } from '../document.ts';
import { seededRandom } from '../seeded-random.ts';
import { printLines } from '../text-lines.ts';
import { wrap } from './pdf-viewer-text.ts';

/**
 * A report as a text browser dumps a web page on a narrow screen (elinks or w3m at 40 columns, a phone's page saved
 * as text): every line outside the tables — title, headings, prose — hard-wrapped at 10–20 characters (seeded), so
 * that most lines of a sentence carry no punctuation; each line indented by 0–3 spaces (seeded). The tables stay
 * tab-separated: their dumps are measured by `drawn-tables` and `text-dump`.
 */
export function toNarrowProse(report: Report, seed: number): string {
  const random = seededRandom(seed);
  const width = 10 + Math.floor(random() * 11);
  const indent = ' '.repeat(Math.floor(random() * 4));
  return printLines(report, (line) =>
    line.kind === 'prose' ? wrap(line.text, width).map((part) => `${indent}${part}`) : [line.fields.join('\t')],
  );
}

/** Class “text browser dump”: a narrow screen's hard-wrapped prose, tables tab-separated. */
export const narrowProse: Generator = {
  id: 'narrow-prose',
  class: 'text-dump',
  description: 'toText with every line outside the tables hard-wrapped at 10–20 characters and indented by 0–3 spaces (seeded), as a text browser dumps a page on a narrow screen',
  generate: (report, seed) => ({ name: 'narrow-prose.txt', class: 'text-dump', bytes: utf8(toNarrowProse(report, seed)), expected: report }),
};
