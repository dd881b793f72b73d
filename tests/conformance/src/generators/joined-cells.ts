import type { Report } from '@disclosure/core';
import { utf8, type Generator } from '../document.ts';
import { seededRandom } from '../seeded-random.ts';
import { labelsOf, textLines, valuesOf, type HeaderLine } from '../text-lines.ts';
import { labelWidth, proseWidth, wrap } from './pdf-viewer-text.ts';

/**
 * A header line's cells wrapped in narrow columns (`width` characters), their lines joined across the cells as pypdf
 * joins what stands on one baseline: `商业` / `企业科研` / `机构社会` … (a cell with nothing left adds nothing).
 */
function joinedHeader(line: HeaderLine, width: number): string[] {
  const cells = line.fields.filter(Boolean).map((field) => wrap(field, width));
  const height = Math.max(...cells.map((cell) => cell.length));
  return Array.from({ length: height }, (_, i) => cells.map((cell) => cell[i] ?? '').join(''));
}

/**
 * A report as pypdf's `extract_text()` gives its PDF: prose broken at the margin; a table header's narrow cells
 * wrapped (2–4 characters, seeded) and joined across cells line by line; a row's label wrapped in its column, its
 * last line followed at once by the row's figures run together (`量640020470`; a blank cell prints nothing); and
 * pages of 25–45 lines (seeded), each page's number among dashes glued to the start of its first line (`-2-信息内容`).
 */
export function toJoinedCells(report: Report, seed: number): string {
  const random = seededRandom(seed);
  const width = 2 + Math.floor(random() * 3);
  const lines = textLines(report).flatMap((line): string[] => {
    if (line.kind === 'prose') return wrap(line.text, proseWidth);
    if (line.kind === 'header') return joinedHeader(line, width);
    const labels = labelsOf(line).filter(Boolean);
    const figures = valuesOf(line).filter(Boolean).join('');
    if (labels.length === 0) return [figures];
    const label = labels.flatMap((text) => wrap(text, labelWidth));
    return [...label.slice(0, -1), `${label.at(-1)!}${figures}`];
  });
  const out: string[] = [];
  let page = 1;
  let left = 0;
  for (const line of lines) {
    if (left === 0) {
      out.push(`-${page++}-${line}`);
      left = 25 + Math.floor(random() * 21);
    } else out.push(line);
    left--;
  }
  return `${out.join('\n')}\n`;
}

/** Class “a PDF's text as Python's PDF libraries give it”: pypdf's, a row's cells run together. */
export const joinedCells: Generator = {
  id: 'joined-cells',
  class: 'pdf-library-text',
  description: "toText as pypdf's extract_text() gives its PDF: header cells wrapped and joined across cells, a row's figures run together after its label's last line, each page's number glued to its first line",
  generate: (report, seed) => ({ name: 'joined-cells.txt', class: 'pdf-library-text', bytes: utf8(toJoinedCells(report, seed)), expected: report }),
};
