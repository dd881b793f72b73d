import type { Report } from '@disclosure/core';
import { toHtml } from '@disclosure/renderer';
import { utf8, type Generator } from '../document.ts';
import { joinLines, textLines } from '../text-lines.ts';

/** The sum of the five legal-person cells as printed, or blank when one of them is not a figure. */
function subtotal(cells: readonly string[]): string {
  return cells.every((cell) => /^\d+$/u.test(cell)) ? String(cells.reduce((sum, cell) => sum + Number(cell), 0)) : '';
}

/** Tab text with a `小计` column after table 3's five legal-person columns. */
function withSubtotalText(report: Report): string {
  return joinLines(
    textLines(report).map((line) => {
      if (line.kind === 'prose' || line.table !== 'applications' || line.fields.includes('申请人情况')) return line;
      const { fields } = line;
      // a field before 总计: empty under 法人或其他组织's line, `小计` under the legal persons', the sum in a row
      const added = line.kind === 'row' ? subtotal(fields.slice(-6, -1)) : fields.includes('商业企业') ? '小计' : '';
      return { ...line, fields: [...fields.slice(0, -1), added, fields.at(-1)!] };
    }),
  );
}

/** A web page with a `小计` column after table 3's five legal-person columns, header and rows alike. */
function withSubtotalHtml(html: string): string {
  const page = html
    .replace(/(data-table="applications">\n<colgroup>)((?:<col[^>]*>){10})/u, (_, open: string, cols: string) => `${open}${cols.replace(/width:9%/gu, 'width:8%')}<col style="width:8%">`)
    .replace(/(<th[^>]*)colspan="7"(>申请人情况<\/th>)/u, '$1colspan="8"$2')
    .replace(/(<th[^>]*)colspan="5"(>法人或其他组织<\/th>)/u, '$1colspan="6"$2')
    .replace(/(<th[^>]*>其他<\/th>)(<\/tr>)/u, '$1<th class="dx-header" scope="col">小计</th>$2');
  return page.replace(/<tr>((?:(?!<\/tr>).)*?)<\/tr>/gu, (row: string, inner: string) => {
    const cells = inner.match(/<td[^>]*>[^<]*<\/td>/gu) ?? [];
    if (!inner.includes('data-path="applications.') || cells.length !== 7) return row;
    const legal = cells.slice(1, 6).map((cell) => cell.replace(/<[^>]*>/gu, ''));
    return row.replace(cells[6]!, `<td class="dx-value">${subtotal(legal)}</td>${cells[6]!}`);
  });
}

/**
 * A report as tab text (odd seeds) or a web page (even seeds) whose table 3 prints a column the format lacks: a
 * `小计` of the five legal-person columns before `总计`, blank where one of them is.
 */
export function toExtraColumn(report: Report, seed: number): string {
  return seed % 2 === 0 ? withSubtotalHtml(toHtml(report)) : withSubtotalText(report);
}

/** Class “a column the format lacks”. */
export const extraColumn: Generator = {
  id: 'extra-column',
  class: 'extra-column',
  description: "toText (odd seeds) or toHtml (even seeds) with a 小计 column of table 3's five legal-person columns before 总计",
  generate: (report, seed) => ({ name: seed % 2 === 0 ? 'page.html' : 'report.txt', class: 'extra-column', bytes: utf8(toExtraColumn(report, seed)), expected: report }),
};
