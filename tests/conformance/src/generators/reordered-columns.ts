import type { Report } from '@disclosure/core';
import { toHtml, toText } from '@disclosure/renderer';
import { utf8, type Generator } from '../document.ts';
import { seededRandom } from '../seeded-random.ts';

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
function reorderText(text: string, order: Table3Order): string {
  let table = 0;
  return text
    .split('\n')
    .map((line) => {
      if (line.startsWith('三、收到和处理政府信息公开申请情况')) table = 3;
      else if (/^四、.*(?:行政复议|行政诉讼)/u.test(line)) table = 4;
      else if (/^五、/u.test(line)) table = 0;
      const fields = line.split('\t');
      if (table === 3 && fields.length >= 10 && !line.includes('申请人情况')) {
        const head = fields.slice(0, fields.length - 7);
        const cells = fields.slice(-7);
        // the header's two lines: `自然人 | 法人或其他组织 | … | 总计`, then the five legal persons under the second
        if (line.includes('自然人')) return [...head, ...(order === 'total-first' ? ['总计', '自然人', '法人或其他组织', '', '', '', ''] : ['法人或其他组织', '', '', '', '', '自然人', '总计'])].join('\t');
        if (line.includes('商业企业')) return [...head, ...(order === 'total-first' ? ['', '', ...cells.slice(1, 6)] : [...cells.slice(1, 6), '', ''])].join('\t');
        return [...head, ...applicants(cells, order)].join('\t');
      }
      if (table === 4 && line.startsWith('结果维持\t')) return [...totalFirst(fields.slice(0, 5)), ...fields.slice(5)].join('\t');
      // the header's second line (five empty fields under 行政复议's, then the litigation groups' ten), or the row
      if (table === 4 && fields.length === 15) return (line.includes('结果维持') ? [...fields.slice(0, 5), ...totalFirst(fields.slice(5))] : totalFirst(fields)).join('\t');
      return line;
    })
    .join('\n');
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
  return seed % 2 === 0 ? reorderHtml(toHtml(report), order) : reorderText(toText(report), order);
}

/** Class “columns in another order than the format's”. */
export const reorderedColumns: Generator = {
  id: 'reordered-columns',
  class: 'reordered-columns',
  description: "toText (odd seeds) or toHtml (even seeds) with table 3's 总计 first or its legal-person columns before 自然人 (seeded) and table 4's totals first, header and rows alike",
  generate: (report, seed) => ({ name: seed % 2 === 0 ? 'page.html' : 'report.txt', class: 'reordered-columns', bytes: utf8(toReorderedColumns(report, seed)), expected: report }),
};
