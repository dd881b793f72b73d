import { describe, expect, it } from 'vitest';
import { getCell, listCellPaths } from '@disclosure/core';
import { corpusCases } from '../../test/corpus.ts';
import { writeText } from '../../test/write-text.ts';
import { fromText } from './from-text.ts';
import { textToLayout } from './text-to-layout.ts';

const city = corpusCases().find((c) => c.name === '2024-huaian-city')!.expected;

/** Table 3 of a tab-separated report as the HTML a PDF→Markdown extraction writes: merged header cells, labels over two columns. */
function applicationsAsHtml(text: string, newline: string): string {
  const lines = text.split('\n');
  const first = lines.findIndex((line) => line.startsWith('（本列数据的勾稽关系为'));
  const last = lines.findIndex((line) => line.startsWith('四、政府信息公开行政复议'));
  const cell = (text: string, attributes = '') => `<td${attributes}>${text.replace(/&/gu, '&amp;')}</td>`;
  const header = [
    `<tr>${cell('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', ' colspan="2" rowspan="3"')}${cell('申请人情况', ' colspan="7"')}</tr>`,
    `<tr>${cell('自然人', ' rowspan="2"')}${cell('法人或其他组织', ' colspan="5"')}${cell('总计', ' rowspan="2"')}</tr>`,
    `<tr>${['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((label) => cell(label)).join('')}</tr>`,
  ];
  const rows = lines.slice(first + 1, last).map((line) => {
    const [label, ...values] = line.split('\t');
    return `<tr>${cell(label!, ' colspan="2"')}${values.map((value) => cell(value)).join('')}</tr>`;
  });
  const table = `<table>${newline}${[...header, ...rows].join(newline)}${newline}</table>`;
  return [...lines.slice(0, first), table, ...lines.slice(last)].join('\n');
}

function expectCityCells(text: string): void {
  const { report, diagnostics } = fromText(text, { validate: false });
  for (const path of listCellPaths(city)) expect(getCell(report, path), path).toBe(getCell(city, path));
  expect(diagnostics.filter((d) => d.severity === 'warning' && d.rule.startsWith('parser/'))).toEqual([]);
}

describe('HTML tables written into a text document', () => {
  it('reads table 3 as the HTML table a Markdown extraction writes on one line (MinerU)', () => {
    const text = applicationsAsHtml(writeText(city), '');
    expect(text).toMatch(/^<table><tr><td colspan="2" rowspan="3">/mu);
    expectCityCells(text);
  });

  it('reads it written over many lines (pandoc), with text before and after the table on its lines', () => {
    const text = applicationsAsHtml(writeText(city), '\n').replace('<table>', '表3 <table>').replace('</table>', '</table> 注：无');
    expectCityCells(text);
  });

  it('places its cells on the grid, as the HTML reader does, and its attributes are no figures', () => {
    const layout = textToLayout('前文\n<table><tr><td rowspan="2">甲</td><td colspan="2">乙&nbsp;&amp;丙</td></tr>\n<tr><td>1</td><td>2<br>3</td></tr></table>\n后文');
    expect(layout.lines.map((line) => line.fields.map((field) => [field.text, field.column]))).toEqual([
      [['前文', undefined]],
      [['甲', 0], ['乙 &丙', 1]],
      [['1', 1], ['2 3', 2]],
      [['后文', undefined]],
    ]);
    expect(layout.lines[2]!.fields[1]!.place).toEqual({ kind: 'html', table: 1, row: 2, cell: 2 });
    // numbered among the text's HTML tables only, as a browser numbers them (a Markdown table before is not counted)
    const mixed = textToLayout('| 甲 | 乙 |\n| --- | --- |\n| 1 | 2 |\n\n<table><tr><td>3</td></tr></table>');
    expect(mixed.lines.at(-1)!.place).toEqual({ kind: 'html', table: 1, row: 1, cell: 1 });
    expect(mixed.lines.at(-1)!.table).toBe(2);
  });

  it('places the text around a table at its columns in its lines', () => {
    const layout = textToLayout('表3 <table><tr><td>甲</td><td>1</td></tr></table> 注：无');
    expect(layout.lines.map((line) => line.fields.map((field) => [field.text, field.place]))).toEqual([
      [['表3', { kind: 'text', line: 1, column: 1 }]],
      [['甲', { kind: 'html', table: 1, row: 1, cell: 1 }], ['1', { kind: 'html', table: 1, row: 1, cell: 2 }]],
      [['注：无', { kind: 'text', line: 1, column: 49 }]],
    ]);
  });

  it('reads an unclosed or nested table as text', () => {
    expect(textToLayout('<table><tr><td>1</td>\n二').lines.map((line) => line.fields.map((field) => field.text))).toEqual([
      ['<table><tr><td>1</td>'],
      ['二'],
    ]);
    const nested = textToLayout('<table><tr><td><table><tr><td>1</td></tr></table></td></tr></table>');
    expect(nested.lines.every((line) => line.place.kind === 'text')).toBe(true);
  });
});
