import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Line } from '../layout/layout.ts';
import { htmlToLayout } from './html-to-layout.ts';

/** Each field as `column:text` (with `+span` when it spans), the way the reader places values. */
function grid(line: Line): string[] {
  return line.fields.map((f) => `${f.column}${f.span ? `+${f.span}` : ''}:${f.text}`);
}

function texts(lines: readonly Line[]): string[] {
  return lines.map((line) => line.fields.map((f) => f.text).join(' | '));
}

const td = (text: string, attributes = ''): string =>
  `<td${attributes ? ` ${attributes}` : ''} style="border:solid windowtext 1.0pt"><p style="text-align:center"><span style="font-family:仿宋_GB2312">${text}</span></p></td>`;
const values = (...numbers: Array<number | ''>): string => numbers.map((n) => td(n === '' ? '&nbsp;' : String(n))).join('');
const seven = (n: number): string => values(n, 0, 0, 0, 0, 0, n);

/** A 2021-edition table 3 as government sites print it (the structure of spec §5, R7 and R13). */
const table3 = `
<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
 <tbody>
  <tr>${td('（本列数据的勾稽关系为：第一项加第二项之和，<br>等于第三项加第四项之和）', 'colspan="3" rowspan="3"')}${td('申请人情况', 'colspan="7"')}</tr>
  <tr>${td('自然人', 'rowspan="2"')}${td('法人或其他组织', 'colspan="5"')}${td('总计', 'rowspan="2"')}</tr>
  <tr>${td('商业<br>企业')}${td('科研<br>机构')}${td('社会公益组织')}${td('法律服务机构')}${td('其他')}</tr>
  <tr>${td('一、本年新收政府信息公开申请数量', 'colspan="3"')}${seven(10)}</tr>
  <tr>${td('二、上年结转政府信息公开申请数量', 'colspan="3"')}${seven(1)}</tr>
  <tr>${td('三、本年度办理结果', 'rowspan="22"')}${td('（一）予以公开', 'colspan="2"')}${seven(5)}</tr>
  <tr>${td('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 'colspan="2"')}${seven(1)}</tr>
  <tr>${td('（三）不予公开', 'rowspan="8"')}${td('1.属于国家秘密')}${values(1, 0, 0, 0, 0, 0, 1)}</tr>
  ${['2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项']
    .map((label) => `<tr>${td(label)}${values('', '', '', '', '', '', '')}</tr>`)
    .join('\n  ')}
  <tr>${td('（四）无法提供', 'rowspan="3"')}${td('1.本机关不掌握相关政府信息')}${seven(2)}</tr>
  <tr>${td('2.没有现成信息需要另行制作')}${seven(0)}</tr>
  <tr>${td('3.补正后申请内容仍不明确')}${seven(0)}</tr>
  <tr>${td('（五）不予处理', 'rowspan="5"')}${td('1.信访举报投诉类申请')}${seven(0)}</tr>
  <tr>${td('2.重复申请')}${seven(0)}</tr>
  <tr>${td('3.要求提供公开出版物')}${seven(0)}</tr>
  <tr>${td('4.无正当理由大量反复申请')}${seven(0)}</tr>
  <tr>${td('5.要求行政机关确认或重新出具已获取信息')}${seven(0)}</tr>
  <tr>${td('（六）其他处理', 'rowspan="3"')}${td('1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请')}${seven(0)}</tr>
  <tr>${td('2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请')}${seven(0)}</tr>
  <tr>${td('3.其他')}${seven(1)}</tr>
  <tr>${td('（七）总计', 'colspan="2"')}${seven(10)}</tr>
  <tr>${td('四、结转下年度继续办理', 'colspan="3"')}${seven(1)}</tr>
 </tbody>
</table>`;

const table4 = `
<table border="1">
  <tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>
  <tr><td rowspan="2">结果维持</td><td rowspan="2">结果纠正</td><td rowspan="2">其他结果</td><td rowspan="2">尚未审结</td><td rowspan="2">总计</td>
      <td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
  <tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>
      <td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>
  <tr>${Array.from({ length: 15 }, (_, i) => `<td>${i}</td>`).join('')}</tr>
</table>`;

describe('htmlToLayout', () => {
  it('reads a cell opened inside another behind inline elements as the outer cell\'s content, once', () => {
    // htmlparser2 leaves `<td>` open under `<b>`: each later cell nests in the one before. Read as cells, each would
    // hold every one after it, and 2,000 of them took seconds.
    const layout = htmlToLayout('<table><tr><td>项目<td><b>1<td>2<td>3</b></td></tr></table>');
    expect(layout.lines.map((line) => line.fields.map((field) => [field.text, field.column]))).toEqual([[['项目', 0], ['1 2 3', 1]]]);
  });

  it("reads a row opened inside a cell with no table between as the cell's content, once (a fuzz finding)", () => {
    // An element htmlparser2 does not know (`<x>`) keeps `<tr>` from closing the cell: each row nests in a cell of
    // the one before. Read as rows, each was read again as its outer cell's text: 300 levels gave 42,375 lines.
    const layout = htmlToLayout(`<table>${'<tr><td>甲<x>'.repeat(300)}</table>`);
    const text = layout.lines.flatMap((line) => line.fields.map((field) => field.text)).join('');
    expect(text.match(/甲/gu)).toHaveLength(300);
    expect(layout.lines.length).toBeLessThanOrEqual(300);
  });

  it('reads prose blocks as lines, ignores head, script and style, keeps inline elements on the line', () => {
    const layout = htmlToLayout(`<!DOCTYPE html><html><head><title>标题</title><style>p{}</style></head>
      <body><script>var x = "<p>no</p>";</script>
      <h1>XX区2023年政府信息公开工作年度报告</h1>
      <p>&nbsp;&nbsp;一、<b>总体</b><span>情况</span></p>
      <div>第一行<br/>第二行<br>  </div>
      <ul><li>甲</li><li>乙</li></ul>
      <p>　　本年度共收到申请&nbsp;10&nbsp;件。</p>
      </body></html>`);
    expect(layout.kind).toBe('html');
    expect(texts(layout.lines)).toEqual([
      'XX区2023年政府信息公开工作年度报告',
      '一、总体情况',
      '第一行',
      '第二行',
      '甲',
      '乙',
      '本年度共收到申请 10 件。',
    ]);
    expect(layout.lines[1]).toEqual({
      fields: [{ text: '一、总体情况', place: { kind: 'html', table: 0, row: 2, cell: 1 } }],
      place: { kind: 'html', table: 0, row: 2, cell: 1 },
    });
  });

  it('expands the 2021 table 3 grid: spanning cells appear once, where they start', () => {
    const layout = htmlToLayout(`<p>三、收到和处理政府信息公开申请情况</p>${table3}<p>四、政府信息公开行政复议、行政诉讼情况</p>`);
    const rows = layout.lines.filter((line) => line.table === 1);
    expect(rows).toHaveLength(3 + 2 + 22 + 1);
    expect(grid(rows[0]!)).toEqual([
      '0+3:（本列数据的勾稽关系为：第一项加第二项之和， 等于第三项加第四项之和）',
      '3+7:申请人情况',
    ]);
    expect(grid(rows[1]!)).toEqual(['3:自然人', '4+5:法人或其他组织', '9:总计']);
    expect(grid(rows[2]!)).toEqual(['4:商业 企业', '5:科研 机构', '6:社会公益组织', '7:法律服务机构', '8:其他']);
    expect(grid(rows[3]!)).toEqual(['0+3:一、本年新收政府信息公开申请数量', '3:10', '4:0', '5:0', '6:0', '7:0', '8:0', '9:10']);
    expect(grid(rows[5]!)).toEqual(['0:三、本年度办理结果', '1+2:（一）予以公开', '3:5', '4:0', '5:0', '6:0', '7:0', '8:0', '9:5']);
    expect(grid(rows[7]!)).toEqual(['1:（三）不予公开', '2:1.属于国家秘密', '3:1', '4:0', '5:0', '6:0', '7:0', '8:0', '9:1']);
    // Covered by 三、 and （三）: the row starts at column 2; &nbsp; cells are kept, empty.
    expect(grid(rows[8]!)).toEqual(['2:2.其他法律行政法规禁止公开', '3:', '4:', '5:', '6:', '7:', '8:', '9:']);
    expect(grid(rows[26]!)).toEqual(['1+2:（七）总计', '3:10', '4:0', '5:0', '6:0', '7:0', '8:0', '9:10']);
    expect(grid(rows[27]!)).toEqual(['0+3:四、结转下年度继续办理', '3:1', '4:0', '5:0', '6:0', '7:0', '8:0', '9:1']);
    // Places count source cells, not grid columns.
    expect(rows[8]!.fields[1]!.place).toEqual({ kind: 'html', table: 1, row: 9, cell: 2 });
    expect(rows[8]!.place).toEqual({ kind: 'html', table: 1, row: 9, cell: 1 });
    expect(texts([layout.lines[0]!, layout.lines.at(-1)!])).toEqual([
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
    ]);
  });

  it('reads the two-level header of table 4 by the columns its cells span', () => {
    const rows = htmlToLayout(table4).lines;
    expect(rows.map(grid)).toEqual([
      ['0+5:行政复议', '5+10:行政诉讼'],
      ['0:结果维持', '1:结果纠正', '2:其他结果', '3:尚未审结', '4:总计', '5+5:未经复议直接起诉', '10+5:复议后起诉'],
      ['5:结果维持', '6:结果纠正', '7:其他结果', '8:尚未审结', '9:总计', '10:结果维持', '11:结果纠正', '12:其他结果', '13:尚未审结', '14:总计'],
      Array.from({ length: 15 }, (_, i) => `${i}:${i}`),
    ]);
  });

  it('reads rowspan inside thead and tbody separately, and th cells like td', () => {
    const rows = htmlToLayout(`<table><thead><tr><th rowspan="5">a</th><th>b</th></tr></thead>
      <tbody><tr><td>c</td><td>d</td></tr></tbody></table>`).lines;
    expect(rows.map(grid)).toEqual([['0:a', '1:b'], ['0:c', '1:d']]);
  });

  it('does not let a layout table that wraps the report hide the tables inside it', () => {
    const layout = htmlToLayout(`<body><table width="100%"><tr><td>
        <div class="title">2023年度报告</div>
        <p>一、总体情况</p><p>本机关认真贯彻落实《条例》。</p>
        <p>四、政府信息公开行政复议、行政诉讼情况</p>
        ${table4}
        <p>五、存在的主要问题及改进情况</p>
      </td></tr></table></body>`);
    expect(texts(layout.lines)).toEqual([
      '2023年度报告',
      '一、总体情况',
      '本机关认真贯彻落实《条例》。',
      '四、政府信息公开行政复议、行政诉讼情况',
      '行政复议 | 行政诉讼',
      '结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉',
      '结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计',
      Array.from({ length: 15 }, (_, i) => i).join(' | '),
      '五、存在的主要问题及改进情况',
    ]);
    expect(layout.lines[4]!.table).toBe(2);
    expect(layout.lines[4]!.fields[1]!.place).toEqual({ kind: 'html', table: 2, row: 1, cell: 2 });
    expect(layout.lines[0]!.table).toBeUndefined();
  });

  it('keeps grid rows of an outer table around a row that holds a nested table', () => {
    const layout = htmlToLayout(`<table>
      <tr><td>信息内容</td><td>本年制发件数</td></tr>
      <tr><td colspan="2">说明<table><tr><td>x</td><td>1</td></tr></table></td></tr>
      <tr><td>规章</td><td>2</td></tr></table>`);
    expect(layout.lines.map((line) => `${line.table ?? '-'} ${grid(line).join(' ')}`)).toEqual([
      '1 0:信息内容 1:本年制发件数',
      '- undefined:说明',
      '2 0:x 1:1',
      '1 0:规章 1:2',
    ]);
  });

  it('reads a cell of long prose in a layout table as text', () => {
    const prose = '本机关'.repeat(60);
    const layout = htmlToLayout(`<table><tr><td>导航</td><td><p>${prose}</p><p>第二段</p></td></tr></table>`);
    expect(texts(layout.lines)).toEqual(['导航', prose, '第二段']);
    expect(layout.lines.every((line) => line.table === undefined)).toBe(true);
  });

  it('keeps empty and &nbsp; cells as empty fields', () => {
    const [row] = htmlToLayout('<table><tr><td>规章</td><td>&nbsp;</td><td></td><td> 3 </td></tr></table>').lines;
    expect(grid(row!)).toEqual(['0:规章', '1:', '2:', '3:3']);
  });

  it("leaves out a superscript or subscript after a figure (a footnote's mark is no digit), and parts one elsewhere", () => {
    const [row] = htmlToLayout(
      '<table><tr><td>规章</td><td>3001<sup>1</sup></td><td>12 <sub>a</sub></td><td>7<span style="Vertical-Align: super">2</span></td><td>4<span style="color:red">5</span></td><td>注<sup>1</sup></td><td><sup>6</sup></td></tr></table>',
    ).lines;
    expect(grid(row!)).toEqual(['0:规章', '1:3001', '2:12', '3:7', '4:45', '5:注 1', '6:6']);
    expect(texts(htmlToLayout('<p>共受理申请3001<sup>1</sup>件，面积<b>2</b>9m<sup>2</sup>。</p>').lines)).toEqual(['共受理申请3001 件，面积29m 2 。']);
  });

  it('reads a table as Word saves it as HTML, leaving out its empty column-width spacer row', () => {
    const layout = htmlToLayout(`<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
      <!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]--></head>
      <body lang=ZH-CN><div class=WordSection1>
      <p class=MsoNormal><b><span style='font-family:黑体'>一、总体情况<o:p></o:p></span></b></p>
      <table class=MsoNormalTable border=1><tr style='height:20pt'>
      <td width=100 rowspan=2><p class=MsoNormal align=center><span>信息内容</span><span lang=EN-US><o:p></o:p></span></p></td>
      <td width=100><p class=MsoNormal><span lang=EN-US>1<o:p></o:p></span></p></td></tr>
      <tr><td><p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p></td><td>2</td></tr>
      <![if !supportMisalignedColumns]><tr height=0><td width=100 style='border:none'></td><td width=100></td></tr><![endif]>
      </table></div></body></html>`);
    expect(layout.lines.map((line) => `${line.table ?? '-'} ${grid(line).join(' ')}`)).toEqual([
      '- undefined:一、总体情况',
      '1 0:信息内容 1:1',
      '1 1: 2:2',
    ]);
  });

  it('reads unclosed cells and rows as browsers do', () => {
    const rows = htmlToLayout('<table><tr><td>a<td>b<tr><td>c<td>d</table>').lines;
    expect(rows.map(grid)).toEqual([['0:a', '1:b'], ['0:c', '1:d']]);
  });

  it('skips hidden content: display:none, the hidden attribute, and hidden cells from the grid', () => {
    const layout = htmlToLayout(`<p style="display: none">隐藏</p><p hidden>也隐藏</p><p>可见</p>
      <table><tr><td>a</td><td style="DISPLAY:NONE">x</td><td>b</td></tr></table>`);
    expect(texts(layout.lines)).toEqual(['可见', 'a | b']);
    expect(grid(layout.lines[1]!)).toEqual(['0:a', '1:b']);
  });

  it('reads pages nested deeper than the call stack (thousands of unclosed inline tags)', () => {
    const layout = htmlToLayout(`${'<font>'.repeat(20000)}<p>一、总体情况</p><table><tr><td>规章</td><td>1</td></tr></table>`);
    expect(texts(layout.lines)).toEqual(['一、总体情况', '规章 | 1']);
  });

  it('reads 2,000 tables nested in each other, without recursion', () => {
    const page = `${'<table><tr><td>'.repeat(2000)}一、总体情况<table><tr><td>规章</td><td>1</td></tr></table>`;
    expect(texts(htmlToLayout(page).lines)).toEqual(['一、总体情况', '规章 | 1']);
  });

  it('reads 200,000 unclosed inline tags, ignoring those past 1,000 deep, and closing tags that close nothing', () => {
    const page = `${'<b>'.repeat(200_000)}<p>一、总体情况</p>${'</i>'.repeat(10_000)}<table><tr><td>规章</td><td>1</td></tr></table>`;
    expect(texts(htmlToLayout(page).lines)).toEqual(['一、总体情况', '规章 | 1']);
  });

  it('refuses elements that shape the layout nested more than 10,000 deep', () => {
    expect(() => htmlToLayout('<div>'.repeat(10_001))).toThrow(expect.objectContaining({ code: 'TOO_COMPLEX' }));
  });

  it('splits preformatted text at its line breaks', () => {
    expect(texts(htmlToLayout('<pre>甲\n乙</pre>').lines)).toEqual(['甲', '乙']);
  });
});

describe('htmlToLayout white space', () => {
  it('collapses each run of white space and zero-width characters in a cell or a paragraph to one space, trimmed', () => {
    const pieces = ['a', '中', '1', ' ', '  ', '\t', '\n', '\u3000', '\u00a0', '\u200b', '\u2060', '\ufeff'];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 10 }).map((list) => list.join(''));
    fc.assert(
      fc.property(text, text, (cell, paragraph) => {
        const expected = (raw: string) => raw.replace(/[\s\u200b-\u200d\u2060]+/gu, ' ').trim();
        const lines = htmlToLayout(`<p>${paragraph}x</p><table><tr><td>${cell}</td><td>y</td></tr></table>`).lines;
        expect(lines[0]!.fields[0]!.text).toBe(expected(`${paragraph}x`));
        expect(lines[1]!.fields[0]!.text).toBe(expected(cell));
      }),
      { numRuns: 1000 },
    );
  });
});
