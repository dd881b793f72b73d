import { describe, expect, it } from 'vitest';
import { getCell, listCellPaths, setCell } from '@disclosure/core';
import { fromText } from '@disclosure/parser';
import { corpusCases } from './corpus.ts';
import { writeText } from './write-text.ts';

/**
 * Python's html2text (LangChain's `Html2TextTransformer`, many crawlers' Markdown) writes a web page's tables as pipe
 * tables without their outer bars: a line per row, `| ` between cells, the cells under a merged one left out, so the
 * header's merged cells give the figures no grid index; an empty cell at either end of a row is an empty field
 * before the first bar or after the last (`| 78074| 7`).
 */
const city = structuredClone(corpusCases().find((c) => c.name === '2024-huaian-city')!.expected);
// blanks at both ends of rows of table 3, and at the start of table 4's row
const blanks = [
  'applications.newlyReceived.naturalPerson',
  'applications.carriedOverFromLastYear.total',
  'applications.granted.naturalPerson',
  'applications.granted.total',
  'reviewAndLitigation.administrativeReview.upheld',
  'reviewAndLitigation.litigationAfterReview.total',
];
for (const path of blanks) setCell(city, path, null);

const barless = (line: string): string => `${line.split('\t').join('| ')}  `;
const text = writeText(city, (label, cells) => [barless([label, ...cells].join('\t'))])
  .replace(
    /^（本列数据的勾稽关系为[^\n]*$/mu,
    (header) => `${barless(header)}\n---|---\n自然人| 法人或其他组织| 总计  \n商业企业| 科研机构| 社会公益组织| 法律服务机构| 其他  `,
  )
  .replace(/^行政复议\t行政诉讼\n(.*)\n(.*)$/mu, (_, outcomes: string, row: string) => `行政复议| 行政诉讼  \n---|---\n${barless(outcomes)}\n${barless(row)}`)
  .replace(/^(四|五)、/gmu, '\n$1、');

describe("a web page as Python's html2text writes it: pipe tables without their outer bars", () => {
  it('is written as the test means', () => {
    expect(text).toContain('\n一、本年新收政府信息公开申请数量| | 53| ');
    expect(text).toContain('\n行政复议| 行政诉讼  \n---|---\n结果维持| ');
    expect(text).toMatch(/\n\| 64\| 178\| /u);
  });

  it('reads table 3 and table 4 cell by cell, a blank at either end of a row included', () => {
    const { report } = fromText(text, { validate: false });
    const paths = listCellPaths(city).filter((path) => path.startsWith('applications.') || path.startsWith('reviewAndLitigation.'));
    for (const path of paths) expect([path, getCell(report, path)]).toEqual([path, getCell(city, path)]);
  });
});
