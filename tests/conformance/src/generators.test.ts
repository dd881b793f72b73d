import { toHtml, toText } from '@disclosure/renderer';
import { describe, expect, it } from 'vitest';
import { expectedReport } from './committed-documents.ts';
import { toColumnBlocks } from './generators/column-blocks.ts';
import { toCrawlerText } from './generators/crawler-text.ts';
import { toHtmlTableMarkdown } from './generators/html-table-markdown.ts';
import { toMergedCells } from './generators/merged-cells.ts';
import { toPagedMarkdown } from './generators/paged-markdown.ts';
import { toPagedViewerText } from './generators/paged-viewer-text.ts';
import { toPdfViewerText } from './generators/pdf-viewer-text.ts';
import { toRepeatedSpans } from './generators/repeated-spans.ts';
import { toShuffledRows } from './generators/shuffled-rows.ts';
import { toTornMarkdown } from './generators/torn-markdown.ts';
import { toTurnedRows } from './generators/turned-rows.ts';
import { toReviewBlocks } from './generators/review-blocks.ts';
import { toSplitTables } from './generators/split-tables.ts';
import { toLocalAdditions } from './generators/local-additions.ts';
import { toTypedFigures } from './generators/typed-figures.ts';
import { toUnreadableCells } from './generators/unreadable-cells.ts';
import { toReorderedColumns } from './generators/reordered-columns.ts';
import { toExtraColumn } from './generators/extra-column.ts';
import { toNarrowCells } from './generators/narrow-cells.ts';
import { toDrawnTables } from './generators/drawn-tables.ts';
import { toConvertedMarkdown } from './generators/converted-markdown.ts';
import { toCutRows } from './generators/cut-rows.ts';
import { toNarrowProse } from './generators/narrow-prose.ts';
import { toWebPage, withBlankLegalPersons, withMergedBlanks } from './generators/web-page.ts';
import { seededRandom } from './seeded-random.ts';
import { textLines } from './text-lines.ts';

const city = expectedReport('2024-huaian-city');
const xianxi = expectedReport('2020-yueqing-xianxi-town');

describe('the degradation generators', () => {
  it('textLines finds every catalogue row of both editions in the text rendering', () => {
    for (const report of [city, xianxi]) {
      const rows = textLines(report).filter((line) => line.kind === 'row');
      expect(rows.flatMap((line) => (line.kind === 'row' ? line.rows.map((row) => row.path) : []))).toContain('carriedForwardToNextYear');
    }
  });

  it('crawler text runs the cells of every table together, table 3 in two halves', () => {
    const text = toCrawlerText(city, 1);
    expect(text.split('\n')).toHaveLength(6);
    expect(toCrawlerText(city, 1)).toBe(text);
    // table 4's fifteen cells as one run (a rare stray space apart)
    expect(text.replace(/ /gu, '')).toContain('72641783735113481261211620');
    expect(text.replace(/ /gu, '')).toContain('行政事业性收费96171.6');
    expect(text.match(/三、本年度办理结果/gu)).toHaveLength(2);
    expect(toCrawlerText(xianxi, 1).replace(/ /gu, '')).toContain('行政许可000'); // a 2019 item of three columns
  });

  it('a Markdown extraction that lays merged cells on the grid repeats their text for even seeds, and leaves them empty for odd', () => {
    const repeated = toRepeatedSpans(city, 0).split('\n');
    expect(repeated).toContain('| 行政许可 | 447228 | 447228 | 447228 |');
    expect(repeated).toContain('| 二、上年结转政府信息公开申请数量 | 二、上年结转政府信息公开申请数量 | 二、上年结转政府信息公开申请数量 | 34 | 0 | 0 | 0 | 0 | 0 | 34 |');
    const empty = toRepeatedSpans(city, 1).split('\n');
    expect(empty).toContain('| 行政许可 | 447228 |  |  |');
    expect(empty).toContain('| 二、上年结转政府信息公开申请数量 |  |  | 34 | 0 | 0 | 0 | 0 | 0 | 34 |');
  });

  it("a paged extraction breaks the Markdown into pages, each break printing its margins and a form feed", () => {
    const text = toPagedMarkdown(city, 3);
    const breaks = text.split('\f').length - 1;
    expect(breaks).toBeGreaterThanOrEqual(2);
    expect(breaks).toBeLessThanOrEqual(4);
    expect(text.replace(/\n?[^\n]*\n\f(?:\n2026\/3\/10 10:58)?/gu, '').replace(/\nhttps:[^\n]*/gu, '')).toBe(toRepeatedSpans(city, 3));
    expect(toPagedMarkdown(city, 3)).toBe(text);
  });

  it("a paged viewer copy ends every page of 25–60 lines in its bare number, and marks the break with nothing else", () => {
    for (const [seed, plain] of [[2, toPdfViewerText(city, 2)], [3, toTornMarkdown(city, seededRandom(3))]] as const) {
      const lines = plain.trimEnd().split('\n');
      const paged = toPagedViewerText(city, seed).trimEnd().split('\n');
      // the text's own lines in order, and between them each page's number, in order, after 25–60 of them
      let [next, page, since] = [0, 1, 0];
      for (const line of paged) {
        if (line === lines[next]) [next, since] = [next + 1, since + 1];
        else {
          expect([line, since <= 61]).toEqual([String(page), true]);
          [page, since] = [page + 1, 0];
        }
      }
      expect(next).toBe(lines.length);
      expect(paged.length - lines.length).toBe(page - 1);
      expect(page - 1).toBeGreaterThanOrEqual(4);
      expect(paged.at(-1)).toBe(String(page - 1));
    }
  });

  it('typed figures restyle table cells only, each of the five ways and as usual', () => {
    const text = toTypedFigures(city, 1);
    expect(text).toMatch(/\t[０-９]+\t/u);
    expect(text).toMatch(/\t\d{1,3},\d{3}/u);
    expect(text).toContain('\u200b\t');
    expect(text).toContain('\u00a0');
    // prose keeps its figures as printed
    expect(text).toContain('全年收取政府信息公开信息处理费3940元');
    expect(toTypedFigures(city, 2)).toMatch(/<td[^>]*>(?:&nbsp;)?[０-９]+</u);
  });

  it('local additions add rows the format lacks, a summary before table 3 and footnote marks, keeping every row of the format', () => {
    const seeds = [1, 2, 3, 4, 5, 6, 7, 8];
    const documents = seeds.map((seed) => toLocalAdditions(city, seed));
    expect(documents.some((text) => /^(?:行政确认|行政奖励|行政给付|行政检查|行政裁决|其他行政管理事项)\t\d+/mu.test(text))).toBe(true);
    expect(documents.some((text) => /<th class="dx-label" scope="row">(?:行政确认|行政奖励|行政给付|行政检查|行政裁决|其他行政管理事项)<\/th><td[^>]*>\d+</u.test(text))).toBe(true);
    expect(documents.some((text) => /全年办理情况如下：\n项目\t件数\n/u.test(text))).toBe(true);
    expect(documents.some((text) => /\d<sup>\d<\/sup><\/td>/u.test(text))).toBe(true);
    // the format's rows are all still there, as rendered
    for (const [i, text] of documents.entries()) {
      const plain = seeds[i]! % 2 === 0 ? toHtml(city) : toText(city);
      for (const line of plain.split('\n').filter((row) => /^(?:行政许可|行政处罚|一、本年新收)/u.test(row))) expect(text).toContain(line);
    }
    expect(toLocalAdditions(city, 3)).toBe(toLocalAdditions(city, 3));
  });

  it('unreadable cells misprint table figures only, in words, with a stray separator, a letter or a unit', () => {
    const documents = [1, 2, 3, 4, 5, 6].map((seed) => toUnreadableCells(city, seed));
    expect(documents.some((text) => /\t[零一二三四五六七八九十]+\t/u.test(text))).toBe(true);
    expect(documents.some((text) => /<td[^>]*>\d,\d+<\/td>/u.test(text))).toBe(true);
    expect(documents.some((text) => /\t\d*[Ol]\d*(?:\t|$)/mu.test(text))).toBe(true);
    expect(documents.some((text) => /\d人次/u.test(text))).toBe(true);
    // prose keeps its figures as printed
    expect(documents[0]).toContain('全年收取政府信息公开信息处理费3940元');
    expect(toUnreadableCells(city, 3)).toBe(toUnreadableCells(city, 3));
  });

  it("reordered columns move table 3's and table 4's header cells and every row's cells alike", () => {
    const texts = [1, 3, 5, 7].map((seed) => toReorderedColumns(city, seed));
    // table 3: 总计 first, or the legal persons before 自然人 (seeded); the row's cells with their header
    expect(texts.some((text) => /^一、本年新收政府信息公开申请数量\t+3119\t3001\t53\t/mu.test(text) && /\t总计\t自然人\t法人或其他组织/u.test(text))).toBe(true);
    expect(texts.some((text) => /^一、本年新收政府信息公开申请数量\t+53\t0\t0\t61\t4\t3001\t3119$/mu.test(text) && /\t法人或其他组织\t+自然人\t总计/u.test(text))).toBe(true);
    // table 4: each group's total first, in the header and in the row
    expect(texts[0]).toMatch(/^总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t未经复议直接起诉/mu);
    expect(texts[0]).toMatch(/^351\t72\t64\t178\t37\t26\t13\t4\t8\t1\t20\t12\t1\t1\t6$/mu);
    const page = toReorderedColumns(city, 6);
    expect(page).toMatch(/>总计<\/th><th[^>]*rowspan="2">自然人<\/th>/u);
    expect(page).toMatch(/<tr><td[^>]*>351<\/td><td[^>]*>72<\/td>/u);
  });

  it("an extra column adds table 3's 小计 of the legal persons before 总计, in the header and every row", () => {
    const text = toExtraColumn(city, 1);
    expect(text).toMatch(/\t其他\t小计\t$/mu);
    expect(text).toMatch(/^一、本年新收政府信息公开申请数量\t+3001\t53\t0\t0\t61\t4\t118\t3119$/mu);
    const page = toExtraColumn(city, 2);
    expect(page).toMatch(/colspan="6">法人或其他组织<\/th>/u);
    expect(page).toMatch(/>4<\/td><td class="dx-value">118<\/td><td[^>]*>3119<\/td>/u);
  });

  it('narrow cells wrap figures of more than three digits, their other digits after the label or beside them', () => {
    const [layout, viewer, sideBySide] = [0, 1, 2].map((seed) => toNarrowCells(city, seed));
    // 一、本年新收… 3001 53 0 0 61 4 3119, its label wrapped after 12 characters
    expect(layout).toMatch(/^一、本年新收政府信息公开 300 53 0 0 61 4 311\n申请数量 1 9$/mu);
    expect(viewer).toMatch(/^一、本年新收政府信息公开 300 53 0 0 61 4 311\n申请数量\n1 9$/mu);
    expect(sideBySide).toMatch(/^一、本年新收政府信息公开 300 1 53 0 0 61 4 311 9\n申请数量$/mu);
    // a group's label stays whole before its first row's
    expect(layout).toMatch(/^三、本年度办理结果 （一）予以公开 128 21 0 0 50 3 136\n8 2$/mu);
    // a figure that fits stays whole: table 4's 72 64 178 37 351
    expect(layout).toMatch(/^72 64 178 37 351 13 /mu);
  });

  it('drawn tables box every cell in rules: box drawing without padding (w3m), with it (elinks), or ASCII grid tables', () => {
    const [w3m = '', elinks = '', grid = ''] = [0, 1, 2].map((seed) => toDrawnTables(city, seed));
    expect(toDrawnTables(city, 0)).toBe(w3m);
    expect(w3m).toMatch(/^┌─+┬/mu);
    expect(w3m).toMatch(/│3001 *│53 *│/u);
    expect(elinks).toMatch(/│ 3001 *│ 53 *│/u);
    expect(grid).toMatch(/^\+-+\+/mu);
    expect(grid).toMatch(/\| 3001 *\| 53 *\|/u);
    for (const text of [w3m, elinks, grid]) {
      // every figure whole in its cell; table 3's totals row among them
      expect(text).toMatch(/[│|] ?3119 *[│|]/u);
      // the prose stays lines of text, its headings without Markdown marks
      expect(text).toContain('\n三、收到和处理政府信息公开申请情况\n');
      // every line of a table between its top and bottom rule is drawn bar to bar
      const tableLines = text.split('\n').filter((line) => /^[│├┌└|+]/u.test(line));
      expect(tableLines.every((line) => /[│┤┐┘|+]$/u.test(line))).toBe(true);
    }
  });

  it('cut rows: pages break anywhere, a table’s header printed again, a cut row’s figures before the break', () => {
    const texts = [0, 1, 2, 3, 4, 5, 6, 7].map((seed) => toCutRows(city, seed));
    expect(toCutRows(city, 3)).toBe(texts[3]);
    for (const text of texts) {
      // a row's figures together beside a line of its label
      expect(text).toMatch(/  3001  53  0  0  61  4  3119$/mu);
      expect(text).toContain('\f（本列数据的勾稽关系为');
    }
    // on some page, table 3's header is followed by the rest of a label cut by the break, no ordinal first
    const continued = texts.flatMap((text) => text.split('\f').slice(1)).map((page) => page.split('\n'));
    expect(continued.some((lines) => lines[0]!.startsWith('（本列数据') && !/^(?:\d\.|（|[一二三四五六七八九十]、)/u.test(lines[3] ?? ''))).toBe(true);
  });

  it('narrow prose: every line outside the tables hard-wrapped at 10–20 characters, the tables as they were', () => {
    const texts = [0, 1, 2, 3, 4, 5, 6, 7].map((seed) => toNarrowProse(city, seed));
    expect(toNarrowProse(city, 3)).toBe(texts[3]);
    const table = (text: string) => text.split('\n').filter((line) => line.includes('\t')).join('\n');
    const widths = new Set<number>();
    for (const text of texts) {
      expect(table(text)).toBe(table(toText(city)));
      const prose = text.split('\n').filter((line) => line !== '' && !line.includes('\t'));
      const width = Math.max(...prose.map((line) => line.trim().length));
      expect(width).toBeGreaterThanOrEqual(10);
      expect(width).toBeLessThanOrEqual(20);
      widths.add(width);
      // the title is torn
      expect(text.split('\n')[0]!.trim()).not.toMatch(/年度报告$/u);
    }
    expect(widths.size).toBeGreaterThan(2);
  });

  it("converted Markdown: html2text's pipe tables without outer bars, the cells under a merged one left out", () => {
    const plain = toConvertedMarkdown(city, 0);
    const padded = toConvertedMarkdown(city, 1);
    expect(toConvertedMarkdown(city, 2)).toBe(plain);
    expect(plain).toContain('\n---|---\n自然人| 法人或其他组织| 总计  \n');
    expect(plain).toContain('\n第二十条第（一）项  \n---\n信息内容| 本年制发件数| ');
    // a sub-row of a group prints no field for the group's merged label
    expect(plain).toMatch(/\n2\.其他法律行政法规禁止公开\| \d/u);
    expect(plain).not.toMatch(/^\|.*\|\s*$/mu);
    expect(padded).toMatch(/\n规章 +\| 1 +\| 0 +\| 11/u);
  });

  it('split tables continue every table in a second <table>, its header rows repeated or not', () => {
    const page = toSplitTables(city, 1);
    const tables = (html: string) => (html.match(/<table/gu) ?? []).length;
    // tables 2 and 3; table 4 has one body row
    expect(tables(page)).toBe(tables(toHtml(city)) + 2);
    // every figure is kept, in the same order
    const figures = (html: string) => [...html.matchAll(/<td[^>]*>([^<]*)<\/td>/gu)].map((match) => match[1]).join('|');
    expect(figures(page)).toBe(figures(toHtml(city)));
    // over the seeds, second parts with the header rows again and without
    const heads = (html: string) => (html.match(/<thead>/gu) ?? []).length;
    const repeated = [1, 2, 3, 4, 5, 6].map((seed) => heads(toSplitTables(city, seed)) - heads(toHtml(city)));
    expect(repeated).toContain(0);
    expect(repeated.some((count) => count > 0)).toBe(true);
  });

  it('a Markdown extraction with HTML tables writes each table as raw HTML, on one line for even seeds', () => {
    const oneLine = toHtmlTableMarkdown(city, 2).split('\n');
    expect(oneLine).toContain('## 三、收到和处理政府信息公开申请情况');
    const tables = oneLine.filter((line) => line.startsWith('<table'));
    expect(tables.length).toBeGreaterThanOrEqual(3);
    expect(tables.every((line) => line.endsWith('</table>'))).toBe(true);
    expect(tables.some((line) => /rowspan="\d+"/u.test(line))).toBe(true);
    expect(toHtmlTableMarkdown(city, 1).split('\n').filter((line) => line.startsWith('<tr')).length).toBeGreaterThan(40);
  });

  it('column blocks print a block of table-3 rows column by column, before the labels of its rows', () => {
    const lines = toColumnBlocks(city, 3).split('\n');
    expect(toColumnBlocks(city, 3)).toBe(lines.join('\n'));
    // blocks of several rows print their labels together, after their values: fewer labels stand right before a figure
    const labelThenFigure = (text: string) =>
      text.split('\n').filter((line, i, all) => /^[（(][一二三四五六七][）)]|^\d\./u.test(line) && /^\d+$/u.test(all[i + 1] ?? '')).length;
    expect(labelThenFigure(toColumnBlocks(city, 3))).toBeLessThan(labelThenFigure(toPdfViewerText(city, 3)) - 3);
    // … and every value is still printed once: the same figures as pdf-viewer-text, in another order
    const sorted = (text: string) => text.split('\n').filter((line) => /^[\d.-]+$/u.test(line)).sort().join('\n');
    expect(sorted(toColumnBlocks(city, 3))).toBe(sorted(toPdfViewerText(city, 3)));
  });

  it("turned rows print a table-3 row whose label wraps with its first figures after the rest, on and after the label's first line", () => {
    const texts = [1, 2, 3, 4].map((seed) => toTurnedRows(city, seed));
    const rows = texts.map((text) => text.slice(text.indexOf('（一）予以公开'), text.indexOf('（三）不予公开')));
    // （二）部分公开 (447 7 0 0 0 0 454) wraps: turned by one or by two, the figures after 447 first either way
    expect(rows.some((row) => row.startsWith('（一）予以公开\n1288\n21\n0\n0\n50\n3\n1362\n7\n0\n0\n0\n0\n454\n（二）部分公开（区分处理 447\n的，只计这一情形，不计其\n他情形）'))).toBe(true);
    expect(rows.some((row) => row.includes('0\n0\n0\n0\n454\n（二）部分公开（区分处理 447\n的，只计这一情形，不计其\n7\n他情形）'))).toBe(true);
    // every other line as pdf-viewer-text prints it, and every figure once
    const sorted = (text: string) => text.split('\n').flatMap((line) => line.split(' ')).filter((word) => /^[\d.-]+$/u.test(word)).sort().join('\n');
    for (const [i, text] of texts.entries()) expect(sorted(text)).toBe(sorted(toPdfViewerText(city, i + 1)));
  });

  it("review blocks print table 4 as three blocks of a group's label, outcome labels and figures, in or out of the format's order", () => {
    const tables = [1, 2, 3, 4, 5, 6].map((seed) => {
      const text = toReviewBlocks(city, seed);
      return text.slice(text.indexOf('四、政府信息公开行政复议'), text.indexOf('五、')).split('\n').slice(1, -1);
    });
    const groups = ['行政复议', '未经复议直接起诉', '复议后起诉'];
    const order = (lines: string[]) => lines.filter((line) => groups.includes(line)).join(' ');
    expect(tables.map(order)).toContain(groups.join(' '));
    expect(tables.some((lines) => order(lines) !== groups.join(' '))).toBe(true);
    for (const lines of tables) {
      // each block: its label, the five outcome labels, its five figures
      const at = lines.indexOf('复议后起诉');
      expect(lines.slice(at, at + 11)).toEqual(['复议后起诉', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '12', '1', '1', '6', '20']);
      expect(lines).toHaveLength(33);
    }
  });

  it('text from a PDF viewer prints one cell per line and vertical headers one character per line', () => {
    const lines = toPdfViewerText(city, 1).split('\n');
    expect(lines).toContain('3119');
    expect(lines.join('|')).toContain('结|果|维|持');
    // table 4 in drawing order: each group's five values, the total now and then first
    expect(lines.join('|')).toMatch(/72\|64\|178\|37\|351|351\|72\|64\|178\|37/u);
  });

  it('the torn Markdown puts labels on free lines or in a table of their own, and a generic header over the last part of table 3', () => {
    const text = toTornMarkdown(city, () => 0);
    expect(text).toContain('| 列1 | 列2 | 列3 | 列4 | 列5 | 列6 | 列7 |');
    expect(text).toContain('| 3001 | 53 | 0 | 0 | 61 | 4 | 3119 |');
    expect(text).not.toMatch(/\| 一、本年新收/u);
    expect(toTornMarkdown(city, () => 0.5)).toContain('\n| 一、本年新收政府信息公开申请数量 |  |\n');
    expect(toTornMarkdown(city, () => 0.9)).toContain(`\n| 一、本年新收政府信息公开申请数量 |${'  |'.repeat(7)}\n`);
  });

  it('shuffled rows keep every value and blank one legal-person column in the expected report', () => {
    const { text, expected } = toShuffledRows(city, 7);
    expect(text).toContain('\t746\t');
    expect(Object.values(expected.tables.applications.newlyReceived).filter((value) => value === null)).toHaveLength(1);
    expect(toShuffledRows(city, 7).text).toBe(text);
  });

  it('the web page blanks table 3’s legal-person columns and wraps the article in site chrome', () => {
    const blank = withBlankLegalPersons(city);
    expect(blank.tables.applications.newlyReceived).toMatchObject({ naturalPerson: 3001, commercialEnterprise: null, total: 3119 });
    expect(toWebPage(blank)).toMatch(/网站标识码[\s\S]*<\/body>/u);
    // on even seeds, each row's five blank cells merged into one
    const merged = withMergedBlanks(toWebPage(blank));
    expect(merged).toMatch(/>3001<\/td><td colspan="5"><\/td><td[^>]*>3119</u);
  });

  it('merged cells print some rows’ values as one field, as tab text or Markdown by seed', () => {
    const markdown = toMergedCells(city, 2);
    expect(markdown).toContain('| 二、上年结转政府信息公开申请数量 |  |  | 340000034 |');
    expect(toMergedCells(city, 3)).toMatch(/\t\d{8,}\n/u);
    expect(toMergedCells(city, 2)).toBe(markdown);
  });
});
