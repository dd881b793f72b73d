import { describe, expect, it } from 'vitest';
import { getCell, listCellPaths } from '@disclosure/core';
import { fromText } from '@disclosure/parser';
import { corpusCases } from './corpus.ts';
import { writeText } from './write-text.ts';

/**
 * A text browser's dump of a web page on a narrow screen (elinks or w3m at 40 columns) hard-wraps every line
 * outside the tables: the title and the year, long section headings over three lines, and sentences whose lines
 * mostly carry no punctuation.
 */
const city = structuredClone(corpusCases().find((c) => c.name === '2024-huaian-city')!.expected);
city.preamble =
  '本报告根据《中华人民共和国政府信息公开条例》编制。全文由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、' +
  '政府信息公开行政复议行政诉讼情况、存在的主要问题及改进情况和其他需要报告的事项六部分组成。统计期限为2024年1月1日至2024年12月31日。';
city.sections.reviewAndLitigation = { title: '因政府信息公开工作被申请行政复议、提起行政诉讼情况', text: '本年度共发生行政复议36件。' };

/** Every line outside the tables cut every `width` characters. */
function narrow(text: string, width: number): string {
  const cut = (line: string): string[] => Array.from({ length: Math.ceil(line.length / width) }, (_, i) => line.slice(i * width, (i + 1) * width));
  return text.split('\n').flatMap((line) => (line.includes('\t') || line.length <= width ? [line] : cut(line))).join('\n');
}

describe('a narrow screen’s dump: everything outside the tables hard-wrapped', () => {
  const title = city.meta.title!;
  const text = narrow(writeText(city).replace(`${title}\n\n`, `${title}\n\n${city.preamble}\n`), 10);

  it('is wrapped as the test means: the year and the title’s words torn, a heading over three lines, lines of a sentence without punctuation', () => {
    expect(text).toContain('淮安市人民政府202\n4年政府信息公开工作\n年度报告\n');
    expect(text).toContain('四、因政府信息公开工\n作被申请行政复议、提\n起行政诉讼情况\n');
    expect(text).toContain('\n政府信息公开行政复议\n行政诉讼情况、存在的\n主要问题及改进情况和\n其他需要报告的事项六\n');
  });

  it('reads the title, year and body from the title’s three lines', () => {
    const { report } = fromText(text, { validate: false });
    expect(report.meta).toMatchObject({ title: city.meta.title, year: 2024, agency: '淮安市人民政府', level: 'city' });
  });

  it('finds the heading wrapped over three lines and reads every cell', () => {
    const { report } = fromText(text, { validate: false });
    expect(report.sections.reviewAndLitigation).toEqual(city.sections.reviewAndLitigation);
    for (const path of listCellPaths(city)) expect(getCell(report, path), path).toBe(getCell(city, path));
  });

  it('keeps every line of the preamble, so its list of the six parts is read whole (no false XT.R8)', () => {
    const { report, diagnostics } = fromText(text);
    expect(report.preamble).toBe(city.preamble);
    expect(diagnostics.filter((d) => d.rule.startsWith('XT.'))).toEqual([]);
  });
});
