import type { Report } from '@disclosure/core';
import { utf8, type Generator } from '../document.ts';
import { seededRandom } from '../seeded-random.ts';
import { labelsOf, textLines, valuesOf } from '../text-lines.ts';
import { wrap } from './pdf-viewer-text.ts';

/**
 * A report as the text of a web page exported to PDF by an office program (LibreOffice, Word): labels wrapped in
 * narrow columns (4–7 characters, seeded), a group's label (`（三）不予公开`) on lines of its own before its first
 * row, and pages of 25–45 lines (seeded) apart by a form feed, a table's header rows printed again at the top of each
 * page it continues on. A row's figures stand beside the middle line of its label; a row that does not fit on the
 * page is cut, as such programs cut it: its figures beside the middle of the lines before the break, the rest of
 * its label after the header on the next page — and then the next row's label.
 */
export function toCutRows(report: Report, seed: number): string {
  const random = seededRandom(seed);
  const width = 4 + Math.floor(random() * 4);
  const pageLength = (): number => 25 + Math.floor(random() * 21);
  const out: string[] = [];
  let page = pageLength();
  let onPage = 0;
  let header: string[] = [];
  /** Starts a new page: a form feed, and the header of the table a row continues (`header`, if any). */
  const breakPage = (again: readonly string[], first: string): void => {
    const top = [...again, first];
    out.push(`\f${top[0]}`, ...top.slice(1));
    onPage = top.length;
    page = pageLength();
  };
  const print = (text: string, again: readonly string[] = []): void => {
    if (onPage >= page) breakPage(again, text);
    else {
      out.push(text);
      onPage++;
    }
  };
  for (const line of textLines(report)) {
    if (line.kind === 'prose') {
      header = [];
      for (const text of wrap(line.text, 38)) print(text);
    } else if (line.kind === 'header') {
      const text = line.fields.filter(Boolean).join('  ');
      header.push(text);
      print(text);
    } else {
      const labels = labelsOf(line).filter(Boolean);
      for (const group of labels.slice(0, -1)) for (const part of wrap(group, 3)) print(part, header);
      const figures = valuesOf(line).filter(Boolean).join('  ');
      const parts = wrap(labels.at(-1) ?? '', width);
      // the lines that fit before the page breaks (all, or at least one) carry the figures
      const fit = Math.max(1, Math.min(parts.length, page - onPage));
      const middle = Math.floor((fit - 1) / 2);
      parts.forEach((part, i) => print(i === middle ? `${part}  ${figures}`.trim() : part, header));
    }
  }
  return `${out.join('\n')}\n`;
}

/** Class “web page exported to PDF by an office program”: rows cut by page breaks, their header printed again. */
export const cutRows: Generator = {
  id: 'cut-rows',
  class: 'office-page-pdf',
  description: 'toText with labels wrapped in narrow columns, figures beside their middle line, pages of 25–45 lines with the header printed again; a row that does not fit is cut, its figures before the break',
  generate: (report, seed) => ({ name: 'office-page.txt', class: 'office-page-pdf', bytes: utf8(toCutRows(report, seed)), expected: report }),
};
