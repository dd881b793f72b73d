import { describe, expect, it } from 'vitest';
import { getCell } from '@disclosure/core';
import type { Line } from '../layout/layout.ts';
import { fromText } from './from-text.ts';
import { opensRuledTable, ruledTableLines } from './ruled-tables.ts';
import { textToLayout } from './text-to-layout.ts';

/** A layout line as `column+span:text` per field, for comparing. */
const shown = (line: Line): string => line.fields.map((field) => `${field.column}${field.span ? `+${field.span}` : ''}:${field.text}`).join(' | ');

// The top of table 3 as `w3m -dump` draws fixtures/corpus/2025-pingtan-zone.html (its header cut to two rows): no
// padding, vertical header text, and the group label （三）不予公开 going on across the rules of the rows beside it.
const w3m = `三、收到和处理政府信息公开申请情况

┌────────────────┬───────────────┬────┬───┬───┐
│                │               │自然│商 │总 │
│（本列数据的勾稽│               │人  │业 │计 │
│关系为）        │               │    │企 │   │
│                │               │    │业 │   │
├────────────────┴───────────────┼────┼───┼───┤
│一、本年新收政府信息公开申请数量│151 │3  │154│
├────────────────┬───────────────┼────┼───┼───┤
│                │1.属于国家秘密 │0   │0  │0  │
│（三）不予      ├───────────────┼────┼───┼───┤
│公开            │2.其他法律行政 │12  │0  │12 │
│                │法规禁止公开   │    │   │   │
└────────────────┴───────────────┴────┴───┴───┘
四、政府信息公开行政复议、行政诉讼情况`;

// Table 3's top as `elinks -dump` draws the same page, closed after its sixth row for the test.
const elinks = `   ┌─────────────────────────────────────────────────┬──────────────────────────────────────────────────────────────┐
   │                                                 │ 申请人情况                                                   │
   │                                                 ├────────┬──────────────────────────────────────────────┬──────┤
   │                                                 │        │ 法人或其他组织                               │      │
   │                                                 │        ├──────┬──────┬────────────┬────────────┬──────┤      │
   │ （本列数据的勾稽关系为：第一项加第二项之和，等  │        │      │      │ 社会       │ 法律       │      │      │
   │ 于第三项加第四项之和）                          │        │      │      │            │            │      │      │
   │                                                 │ 自然人 │ 商业 │ 科研 │ 公益       │ 服务       │      │ 总计 │
   │                                                 │        │      │      │            │            │ 其他 │      │
   │                                                 │        │ 企业 │ 机构 │            │            │      │      │
   │                                                 │        │      │      │ 组织       │ 机构       │      │      │
   │                                                 │        │      │      │            │            │      │      │
   ├─────────────────────────────────────────────────┼────────┼──────┼──────┼────────────┼────────────┼──────┼──────┤
   │ 一、本年新收政府信息公开申请数量                │ 151    │ 3    │ 0    │ 0          │ 0          │ 0    │ 154  │
   ├─────────────────────────────────────────────────┼────────┼──────┼──────┼────────────┼────────────┼──────┼──────┤
   │ 二、上年结转政府信息公开申请数量                │ 0      │ 0    │ 0    │ 0          │ 0          │ 0    │ 0    │
   ├─────────────┬───────────────────────────────────┼────────┼──────┼──────┼────────────┼────────────┼──────┼──────┤
   │             │ （一）予以公开                    │ 33     │ 0    │ 0    │ 0          │ 0          │ 0    │ 33   │
   │             ├───────────────────────────────────┼────────┼──────┼──────┼────────────┼────────────┼──────┼──────┤
   │             │ （二）部分公开（区分处理的，只计  │ 38     │ 0    │ 0    │ 0          │ 0          │ 0    │ 38   │
   │             │ 这一情形，不计其他情形）          │        │      │      │            │            │      │      │
   └─────────────┴───────────────────────────────────┴────────┴──────┴──────┴────────────┴────────────┴──────┴──────┘`;

describe('tables drawn with rules in text (text browsers, grid tables)', () => {
  it('reads a w3m table row by row: wrapped text joined, a merged cell one field at its first row', () => {
    const lines = textToLayout(w3m).lines.filter((line) => line.table !== undefined);
    expect(lines.map(shown)).toEqual([
      '0:（本列数据的勾稽关系为） | 1: | 2:自然人 | 3:商业企业 | 4:总计',
      '0+2:一、本年新收政府信息公开申请数量 | 2:151 | 3:3 | 4:154',
      '0:（三）不予公开 | 1:1.属于国家秘密 | 2:0 | 3:0 | 4:0',
      '1:2.其他法律行政法规禁止公开 | 2:12 | 3:0 | 4:12',
    ]);
    // each field placed where its text starts in the dump (line, column from 1)
    expect(lines[2]!.fields[0]!.place).toEqual({ kind: 'text', line: 12, column: 2 });
    expect(lines[3]!.fields[0]!.place).toEqual({ kind: 'text', line: 13, column: 17 });
    // the prose around the table stays lines of text
    const prose = textToLayout(w3m).lines.filter((line) => line.table === undefined).map((line) => line.fields[0]!.text);
    expect(prose).toEqual(['三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况']);
  });

  it('reads an elinks table (indented, a blank of padding) as w3m’s: header rows under a merged cell, a label wrapped', () => {
    const lines = textToLayout(elinks).lines;
    expect(lines.map(shown)).toEqual([
      '0+2:（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 2+7:申请人情况',
      '2:自然人 | 3+5:法人或其他组织 | 8:总计',
      '3:商业企业 | 4:科研机构 | 5:社会公益组织 | 6:法律服务机构 | 7:其他',
      '0+2:一、本年新收政府信息公开申请数量 | 2:151 | 3:3 | 4:0 | 5:0 | 6:0 | 7:0 | 8:154',
      '0+2:二、上年结转政府信息公开申请数量 | 2:0 | 3:0 | 4:0 | 5:0 | 6:0 | 7:0 | 8:0',
      '0: | 1:（一）予以公开 | 2:33 | 3:0 | 4:0 | 5:0 | 6:0 | 7:0 | 8:33',
      '1:（二）部分公开（区分处理的，只计这一情形，不计其他情形） | 2:38 | 3:0 | 4:0 | 5:0 | 6:0 | 7:0 | 8:38',
    ]);
  });

  it('reads an ASCII grid table (pandoc, tabulate): `+---+` rules, a `=` rule under the header, wrapped cells', () => {
    const grid = [
      '+--------------------+--------+--------+',
      '| 信息内容           | 本年制 | 本年废 |',
      '|                    | 发件数 | 止件数 |',
      '+====================+========+========+',
      '| 规章               | 0      | 0      |',
      '+--------------------+--------+--------+',
      '| 行政规范性文件     | --     | 3      |',
      '+--------------------+--------+--------+',
    ].join('\n');
    expect(opensRuledTable(grid.split('\n')[0]!)).toBe(true);
    expect(textToLayout(grid).lines.map(shown)).toEqual(['0:信息内容 | 1:本年制发件数 | 2:本年废止件数', '0:规章 | 1:0 | 2:0', '0:行政规范性文件 | 1:-- | 2:3']);
  });

  it('reads double rules and mixed frames (tabulate’s fancy_grid: ╒═╤═╕, ╞═╪═╡ under the header)', () => {
    const fancy = ['╒══════════╤════════╕', '│ 信息内容 │ 本年处 │', '│          │ 理决定 │', '╞══════════╪════════╡', '│ 行政许可 │ 2418   │', '├──────────┼────────┤', '│ 行政处罚 │ 644    │', '╘══════════╧════════╛'];
    expect(textToLayout(fancy.join('\n')).lines.map(shown)).toEqual(['0:信息内容 | 1:本年处理决定', '0:行政许可 | 1:2418', '0:行政处罚 | 1:644']);
  });

  it('keeps figures on two lines of a cell apart: a wrapped figure is never joined into another number', () => {
    const grid = ['+------+----+', '| 规章 | 12 |', '|      | 34 |', '+------+----+'];
    expect(ruledTableLines(grid, 0, 1)!.lines.map(shown)).toEqual(['0:规章 | 1:12 34']);
  });

  it('ends the table before a line that puts its bars across the cells open above it: that line on is text', () => {
    const crooked = ['┌────┬────┐', '│规章│0   │', '│规 │ │0  │', '└────┴────┘'];
    expect(ruledTableLines(crooked, 0, 1)).toEqual({ last: 1, lines: [{ fields: [expect.objectContaining({ text: '规章', column: 0 }), expect.objectContaining({ text: '0', column: 1 })], place: { kind: 'text', line: 2, column: 2 }, table: 1 }] });
    expect(textToLayout(crooked.join('\n')).lines.map((line) => line.table ?? line.fields.map((field) => field.text).join('/'))).toEqual([1, '│规 │ │0/│', '└────┴────┘']);
  });

  it('is no table when no cell follows the rule', () => {
    expect(ruledTableLines(['+----+----+', '（二）改进措施'], 0, 1)).toBeNull();
  });

  it('ends the table at the first line that is not bar to bar, and reads on', () => {
    const text = ['+------+----+', '| 规章 | 5  |', '+------+----+', '| 行政 | 7', '（二）改进措施'].join('\n');
    const lines = textToLayout(text).lines;
    expect(lines.map((line) => [line.table, line.fields.map((field) => field.text).join('/')])).toEqual([
      [1, '规章/5'],
      [undefined, '| 行政 | 7'],
      [undefined, '（二）改进措施'],
    ]);
  });

  it('lays out a drawn table of 150,000 rows (more rows than a call takes arguments)', () => {
    const lines = textToLayout(`+--+\n${'|1 |\n+--+\n'.repeat(150_000)}`).lines;
    expect(lines).toHaveLength(150_000);
    expect(lines.at(-1)!.fields[0]!.text).toBe('1');
  });

  it('reads table 3’s cells out of the drawn rows', () => {
    const { report } = fromText(elinks, { validate: false });
    const newlyReceived = ['naturalPerson', 'commercialEnterprise', 'researchInstitution', 'socialWelfareOrganization', 'legalServiceInstitution', 'otherOrganization', 'total'];
    expect(newlyReceived.map((column) => getCell(report, `applications.newlyReceived.${column}`))).toEqual([151, 3, 0, 0, 0, 0, 154]);
  });
});
