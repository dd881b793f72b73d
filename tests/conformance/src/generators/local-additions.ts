import type { Report } from '@disclosure/core';
import { toHtml, toText } from '@disclosure/renderer';
import { utf8, type Generator } from '../document.ts';
import { seededRandom } from '../seeded-random.ts';

/** Rows some provinces add to table 2's blocks of 处理决定: none is a row of the format. */
const extraRows = ['行政确认', '行政奖励', '行政给付', '行政检查', '行政裁决', '其他行政管理事项'];

/** Table 2's rows of one figure per column that a local row is printed after. */
const decisionRows = /^(?:行政许可|其他对外管理服务事项|行政处罚|行政强制)$/u;

/** Labels of table 3's rows that a summary before the table repeats, each with a figure of its own. */
const summaryLabels = ['本年新收政府信息公开申请数量', '上年结转政府信息公开申请数量', '予以公开', '部分公开', '不予公开', '结转下年度继续办理'];

/** Each added table-2 row and summary row, and each figure's footnote mark, comes with this chance. */
const rate = 0.3;

/**
 * A report as tab text (odd seeds) or a web page (even seeds) with what local practice adds to the format, seeded:
 * rows the format lacks after table 2's rows of decisions (`行政确认`, `行政检查` …, figures of their own), a summary
 * table before table 3 that repeats some of its row labels with other figures (`本年新收政府信息公开申请数量 | 52`),
 * and on the web page a footnote's mark after some of the figures (`3001<sup>1</sup>`).
 */
export function toLocalAdditions(report: Report, seed: number): string {
  const random = seededRandom(seed);
  const figure = (): string => String(Math.floor(random() * 500));
  const summary = summaryLabels.filter(() => random() < rate).map((label) => [label, figure()]);
  const extra = (): string | undefined => (random() < rate ? extraRows[Math.floor(random() * extraRows.length)] : undefined);
  if (seed % 2 === 0) {
    const rows = summary.map(([label, value]) => `<tr><td>${label}</td><td>${value}</td></tr>`).join('');
    return toHtml(report)
      .replace(/<tr><th class="dx-label" scope="row">([^<]+)<\/th>.*?<\/tr>/gu, (row: string, label: string) => {
        const added = decisionRows.test(label) ? extra() : undefined;
        return added ? `${row}${row.replace(`>${label}<`, `>${added}<`).replace(/(<td[^>]*>)[^<]*(<\/td>)/gu, (_, open: string, close: string) => open + figure() + close)}` : row;
      })
      .replace(/(<td class="dx-value"[^>]*>)(\d+)(<\/td>)/gu, (cell: string, open: string, value: string, close: string) =>
        random() < rate / 10 ? `${open}${value}<sup>${1 + Math.floor(random() * 3)}</sup>${close}` : cell,
      )
      .replace(/<h2>三、[^<]*<\/h2>/u, (heading) => (rows ? `${heading}<p>全年办理情况如下：</p><table border="1"><tr><th>项目</th><th>件数</th></tr>${rows}</table>` : heading));
  }
  return toText(report)
    .split('\n')
    .flatMap((line) => {
      const [label, ...cells] = line.split('\t');
      if (label !== undefined && cells.length === 0 && /^三、/u.test(label) && summary.length > 0) return [line, '全年办理情况如下：', '项目\t件数', ...summary.map((row) => row.join('\t'))];
      const added = label !== undefined && decisionRows.test(label) && cells.length > 0 ? extra() : undefined;
      return added ? [line, [added, ...cells.map((cell) => (cell === '' ? '' : figure()))].join('\t')] : [line];
    })
    .join('\n');
}

/** Class “local additions to the format”. */
export const localAdditions: Generator = {
  id: 'local-additions',
  class: 'local-additions',
  description:
    'toText (odd seeds) or toHtml (even seeds) with rows the format lacks after table 2’s rows of decisions, a summary before table 3 repeating some of its labels with other figures, and (web page) footnote marks after some figures (seeded)',
  generate: (report, seed) => ({ name: seed % 2 === 0 ? 'page.html' : 'report.txt', class: 'local-additions', bytes: utf8(toLocalAdditions(report, seed)), expected: report }),
};
