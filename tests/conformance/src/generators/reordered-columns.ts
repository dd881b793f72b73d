import type { Report } from '@disclosure/core';
import { toHtml } from '@disclosure/renderer';
import { utf8, type Generator } from '../document.ts';
import { seededRandom } from '../seeded-random.ts';
import { joinLines, textLines } from '../text-lines.ts';

/** How table 3's applicant columns are reordered: `总计` first, or the five legal-person columns before `自然人`. */
type Table3Order = 'total-first' | 'legal-persons-first';

/** Each group of five of table 4 (outcomes, then total) with its total first. */
function totalFirst<T>(cells: readonly T[]): T[] {
  const out: T[] = [];
  for (let start = 0; start < cells.length; start += 5) out.push(cells[start + 4]!, ...cells.slice(start, start + 4));
  return out;
}

/** Table 3's seven applicant cells (自然人, five legal persons, 总计) in the printed order. */
function applicants<T>(cells: readonly T[], order: Table3Order): T[] {
  return order === 'total-first' ? [cells[6]!, ...cells.slice(0, 6)] : [...cells.slice(1, 6), cells[0]!, cells[6]!];
}

/** Tab text with table 3's columns in `order` and table 4's totals first, header and rows alike. */
function reorderText(report: Report, order: Table3Order): string {
  return joinLines(
    textLines(report).map((line) => {
      if (line.kind === 'prose') return line;
      const { fields } = line;
      // table 3: its value fields, the header's two lines of labels among them (not the line of 申请人情况)
      if (line.table === 'applications' && !fields.includes('申请人情况')) {
        const start = fields.length - 7;
        return { ...line, fields: [...fields.slice(0, start), ...applicants(fields.slice(start), order)] };
      }
      if (line.table !== 'reviewAndLitigation') return line;
      if (line.kind === 'row') return { ...line, fields: totalFirst(fields) };
      // the header: each group of five labels, `结果维持` … `总计`, with its total first
      const groups = [];
      for (let start = 0; start < fields.length; start += 5) {
        const group = fields.slice(start, start + 5);
        groups.push(...(group[0] === '结果维持' && group[4] === '总计' ? totalFirst(group) : group));
      }
      return { ...line, fields: groups };
    }),
  );
}

/** A web page with table 3's columns in `order` and table 4's totals first, header cells and rows alike. */
function reorderHtml(html: string, order: Table3Order): string {
  const natural = /<th[^>]*rowspan="2">自然人<\/th>/u;
  const legal = /<th[^>]*colspan="5">法人或其他组织<\/th>/u;
  const total = /<th[^>]*rowspan="2">总计<\/th>/u;
  const page = html.replace(new RegExp(`(${natural.source})(${legal.source})(${total.source})`, 'u'), (_, n: string, l: string, t: string) =>
    order === 'total-first' ? t + n + l : l + n + t,
  );
  return page.replace(/<tr>((?:(?!<\/tr>).)*?)<\/tr>/gu, (row: string, inner: string) => {
    const cells = inner.match(/<td[^>]*>[^<]*<\/td>/gu) ?? [];
    if (inner.includes('data-path="applications.') && cells.length === 7) {
      const at = inner.indexOf('<td');
      return `<tr>${inner.slice(0, at)}${applicants(cells, order).join('')}</tr>`;
    }
    if (inner.includes('data-path="reviewAndLitigation.') && cells.length === 15) return `<tr>${totalFirst(cells).join('')}</tr>`;
    const heads = inner.match(/<th[^>]*>[^<]*<\/th>/gu) ?? [];
    // table 4's header: 行政复议's five (rowspan) with its two litigation groups, then the ten under those
    if (heads.length === 7 && heads[0]!.includes('结果维持') && heads[4]!.includes('总计')) return `<tr>${[...totalFirst(heads.slice(0, 5)), ...heads.slice(5)].join('')}</tr>`;
    if (heads.length === 10 && heads[0]!.includes('结果维持') && heads[9]!.includes('总计')) return `<tr>${totalFirst(heads).join('')}</tr>`;
    return row;
  });
}

/**
 * A report as tab text (odd seeds) or a web page (even seeds) whose header prints the columns in another order than
 * the format's, the rows following it: table 3 with `总计` first or the five legal-person columns before `自然人`
 * (seeded), table 4 with each group's `总计` first.
 */
export function toReorderedColumns(report: Report, seed: number): string {
  const order: Table3Order = seededRandom(seed)() < 0.5 ? 'total-first' : 'legal-persons-first';
  return seed % 2 === 0 ? reorderHtml(toHtml(report), order) : reorderText(report, order);
}

/** Class “columns in another order than the format's”. */
export const reorderedColumns: Generator = {
  id: 'reordered-columns',
  class: 'reordered-columns',
  description: "toText (odd seeds) or toHtml (even seeds) with table 3's 总计 first or its legal-person columns before 自然人 (seeded) and table 4's totals first, header and rows alike",
  generate: (report, seed) => ({ name: seed % 2 === 0 ? 'page.html' : 'report.txt', class: 'reordered-columns', bytes: utf8(toReorderedColumns(report, seed)), expected: report }),
};
