import type { Report } from '@disclosure/core';
import { utf8, type Generator } from '../document.ts';
import { seededRandom } from '../seeded-random.ts';
import { textLines, type TextLine } from '../text-lines.ts';

/** How often a separator survives as one space between two cells, as real crawls print `500000 5`. */
const strayRate = 0.05;

const resultsLabel = '三、本年度办理结果';

/**
 * The line's text with its fields run together: a cell separator lost, as a crawler's text of a page prints it,
 * except a rare stray space.
 */
function runTogether(line: TextLine, random: () => number): string {
  if (line.kind === 'prose') return line.text;
  const fields = [...line.fields];
  // The page splits table 3 in two halves; the second repeats the vertical group label.
  if (line.kind === 'row' && line.rows[0]!.path === 'unableToProvide.notHeld') fields[0] = resultsLabel;
  return fields.reduce((text, field) => (text && field && random() < strayRate ? `${text} ${field}` : text + field), '');
}

/**
 * Crawler text: a crawler header, then the whole body on one line with every table's cell separators lost —
 * table 4's fifteen cells as one run of digits, table 2's signed changes (`35-15`) and money (`24252.311082`) run
 * into their neighbours, table 3 in two halves that each print `三、本年度办理结果`. A blank cell prints nothing; a
 * separator survives as one space now and then (seeded).
 */
export function toCrawlerText(report: Report, seed: number): string {
  const random = seededRandom(seed);
  const header = [`标题: ${report.meta.title ?? ''}`, `发布时间: ${report.meta.publishedAt ?? ''}`, '栏目: 政府信息公开年报', '==================== 正文 ===================='];
  return `${header.join('\n')}\n${textLines(report).map((line) => runTogether(line, random)).join('')}\n`;
}

/** Class “crawler text with separators lost”. */
export const crawlerText: Generator = {
  id: 'crawler-text',
  class: 'crawler-text',
  description: 'toText, then every table’s fields run together and the body on one line under a crawler header',
  generate: (report, seed) => ({ name: 'crawler.txt', class: 'crawler-text', bytes: utf8(toCrawlerText(report, seed)), expected: report }),
};
