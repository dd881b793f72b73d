import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../errors.ts';
import type { Line } from '../layout/layout.ts';
import { docxToLayout } from './docx-to-layout.ts';

function grid(line: Line): string[] {
  return line.fields.map((f) => `${f.column}${f.span ? `+${f.span}` : ''}:${f.text}`);
}

function texts(lines: readonly Line[]): string[] {
  return lines.map((line) => line.fields.map((f) => f.text).join(' | '));
}

interface CellSpec {
  readonly text: string;
  readonly columnSpan?: number;
  readonly rowSpan?: number;
}

const cell = ({ text, ...spans }: CellSpec): TableCell =>
  new TableCell({ ...spans, children: text.split('\n').map((line) => new Paragraph({ children: [new TextRun(line)] })) });
const row = (...cells: Array<CellSpec | string>): TableRow =>
  new TableRow({ children: cells.map((c) => cell(typeof c === 'string' ? { text: c } : c)) });
const seven = (n: number): string[] => [String(n), '0', '0', '0', '0', '0', String(n)];

async function pack(children: Array<Paragraph | Table>, numbering = false): Promise<Uint8Array> {
  const document = new Document({
    styles: {
      paragraphStyles: [
        { id: 'SectionHeading', name: 'Section Heading', paragraph: { numbering: { reference: 'sections', level: 0 } } },
      ],
    },
    ...(numbering
      ? {
          numbering: {
            config: [
              {
                reference: 'sections',
                levels: [
                  { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT },
                  { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.LEFT },
                ],
              },
            ],
          },
        }
      : {}),
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** A table-3-like block: the three-level header and merged group cells down the left. */
const table3 = new Table({
  rows: [
    row({ text: '（本列数据的勾稽关系为：第一项加第二项之和，\n等于第三项加第四项之和）', columnSpan: 3, rowSpan: 3 }, { text: '申请人情况', columnSpan: 7 }),
    row({ text: '自然人', rowSpan: 2 }, { text: '法人或其他组织', columnSpan: 5 }, { text: '总计', rowSpan: 2 }),
    row('商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'),
    row({ text: '三、本年度办理结果', rowSpan: 3 }, { text: '（三）不予公开', rowSpan: 2 }, '1.属于国家秘密', ...seven(1)),
    row('2.其他法律行政法规禁止公开', '', '', '', '', '', '', ''),
    row({ text: '（七）总计', columnSpan: 2 }, ...seven(9)),
    row({ text: '四、结转下年度继续办理', columnSpan: 3 }, ...seven(1)),
  ],
});

describe('docxToLayout', () => {
  it('reads paragraphs in body order, interleaved with table rows', async () => {
    const bytes = await pack([
      new Paragraph({ children: [new TextRun('XX区2023年政府信息公开工作年度报告')] }),
      new Paragraph({ children: [new TextRun('一、'), new TextRun({ text: '总体情况', bold: true })] }),
      new Paragraph({ children: [new TextRun('第一行'), new TextRun({ text: '第二行', break: 1 })] }),
      new Paragraph({ children: [new TextRun('申请人'), new TextRun({ children: ['\t', '10件'] })] }),
      new Paragraph({}),
      new Table({ rows: [row('信息内容', '本年制发件数'), row('规章', '3')] }),
      new Paragraph({ children: [new TextRun('六、其他需要报告的事项')] }),
    ]);
    const layout = docxToLayout(bytes);
    expect(layout.kind).toBe('docx');
    expect(texts(layout.lines)).toEqual([
      'XX区2023年政府信息公开工作年度报告',
      '一、总体情况',
      '第一行',
      '第二行',
      '申请人\t10件',
      '信息内容 | 本年制发件数',
      '规章 | 3',
      '六、其他需要报告的事项',
    ]);
    expect(layout.lines[1]!.place).toEqual({ kind: 'docx', table: 0, row: 2, cell: 1 });
    expect(layout.lines[6]).toEqual({
      fields: [
        { text: '规章', place: { kind: 'docx', table: 1, row: 2, cell: 1 }, column: 0 },
        { text: '3', place: { kind: 'docx', table: 1, row: 2, cell: 2 }, column: 1 },
      ],
      place: { kind: 'docx', table: 1, row: 2, cell: 1 },
      table: 1,
    });
    // The empty paragraph before the table still counts: 六、 is the sixth paragraph.
    expect(layout.lines[7]!.place).toEqual({ kind: 'docx', table: 0, row: 6, cell: 1 });
  });

  it('places gridSpan and vMerge cells on the grid: a merged cell is one field where it starts', async () => {
    const layout = docxToLayout(await pack([table3]));
    expect(layout.lines.map(grid)).toEqual([
      ['0+3:（本列数据的勾稽关系为：第一项加第二项之和， 等于第三项加第四项之和）', '3+7:申请人情况'],
      ['3:自然人', '4+5:法人或其他组织', '9:总计'],
      ['4:商业企业', '5:科研机构', '6:社会公益组织', '7:法律服务机构', '8:其他'],
      ['0:三、本年度办理结果', '1:（三）不予公开', '2:1.属于国家秘密', '3:1', '4:0', '5:0', '6:0', '7:0', '8:0', '9:1'],
      ['2:2.其他法律行政法规禁止公开', '3:', '4:', '5:', '6:', '7:', '8:', '9:'],
      ['1+2:（七）总计', '3:9', '4:0', '5:0', '6:0', '7:0', '8:0', '9:9'],
      ['0+3:四、结转下年度继续办理', '3:1', '4:0', '5:0', '6:0', '7:0', '8:0', '9:1'],
    ]);
    expect(layout.lines.every((line) => line.table === 1)).toBe(true);
    // Places count the row's w:tc elements, continuation cells included.
    expect(layout.lines[4]!.fields[0]!.place).toEqual({ kind: 'docx', table: 1, row: 5, cell: 3 });
  });

  it('prints automatic list numbers before the paragraph text', async () => {
    const numbered = (text: string, level: number): Paragraph =>
      new Paragraph({ numbering: { reference: 'sections', level }, children: [new TextRun(text)] });
    const bytes = await pack(
      [numbered('总体情况', 0), numbered('主动公开', 1), numbered('依申请公开', 1), numbered('主动公开政府信息情况', 0)],
      true,
    );
    expect(texts(docxToLayout(bytes).lines)).toEqual(['一、总体情况', '（一）主动公开', '（二）依申请公开', '二、主动公开政府信息情况']);
  });

  it('prints list numbers that a paragraph takes from its style', async () => {
    const bytes = await pack(
      [
        new Paragraph({ style: 'SectionHeading', children: [new TextRun('总体情况')] }),
        new Paragraph({ children: [new TextRun('正文')] }),
        new Paragraph({ style: 'SectionHeading', children: [new TextRun('主动公开政府信息情况')] }),
      ],
      true,
    );
    expect(texts(docxToLayout(bytes).lines)).toEqual(['一、总体情况', '正文', '二、主动公开政府信息情况']);
  });

  it('reads a nested table as lines of its own, and a one-cell wrapper table as text', async () => {
    const inner = new Table({ rows: [row('行政复议', '行政诉讼'), row('1', '2')] });
    const wrapper = new Table({
      rows: [
        new TableRow({
          children: [new TableCell({ children: [new Paragraph('四、政府信息公开行政复议、行政诉讼情况'), inner, new Paragraph('')] })],
        }),
      ],
    });
    const layout = docxToLayout(await pack([wrapper]));
    expect(texts(layout.lines)).toEqual(['四、政府信息公开行政复议、行政诉讼情况', '行政复议 | 行政诉讼', '1 | 2']);
    expect(layout.lines[0]!.table).toBeUndefined();
    expect(layout.lines[1]!.table).toBe(2);
  });

  it('counts tables in content that is never shown, for table numbers and for rows holding a table', () => {
    const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const p = (text: string, hidden = '') => `<w:p><w:r><w:t>${text}</w:t></w:r>${hidden}</w:p>`;
    const table = (...cells: string[]) => `<w:tbl><w:tr>${cells.map((cell) => `<w:tc>${cell}</w:tc>`).join('')}</w:tr></w:tbl>`;
    const body = table(p('a', '<w:del><w:r><w:rPr><w:tbl/></w:rPr></w:r></w:del>'), p('1')) + table(p('b'), p('2'));
    const layout = docxToLayout(zipSync({ 'word/document.xml': strToU8(`<w:document ${w}><w:body>${body}</w:body></w:document>`) }));
    expect(texts(layout.lines)).toEqual(['a', '1', 'b | 2']);
    expect(layout.lines.map((line) => line.table)).toEqual([undefined, undefined, 3]);
  });

  it('rejects what is not a DOCX with a typed error', () => {
    const code = (bytes: Uint8Array): string => {
      try {
        docxToLayout(bytes);
        return 'none';
      } catch (error) {
        return error instanceof ParseError ? error.code : String(error);
      }
    };
    expect(code(new Uint8Array())).toBe('EMPTY_INPUT');
    expect(code(strToU8('<html></html>'))).toBe('NOT_DOCX');
    expect(code(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toBe('NOT_DOCX');
    expect(code(zipSync({ 'content.xml': strToU8('<x/>') }))).toBe('NOT_DOCX');
    expect(code(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]))).toBe('CORRUPT_ARCHIVE');
  });

  it('reads XML nested up to 1,000 deep without reaching the call stack, and refuses deeper as TOO_COMPLEX', () => {
    const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const docx = (body: string) => zipSync({ 'word/document.xml': strToU8(`<w:document ${w}><w:body>${body}</w:body></w:document>`) });
    const runs = (depth: number) => `<w:p>${'<w:r>'.repeat(depth)}<w:t>一、总体情况</w:t>${'</w:r>'.repeat(depth)}</w:p>`;
    const controls = (depth: number) => `${'<w:sdt><w:sdtContent>'.repeat(depth)}${runs(1)}${'</w:sdtContent></w:sdt>'.repeat(depth)}`;
    expect(texts(docxToLayout(docx(runs(995))).lines)).toEqual(['一、总体情况']);
    expect(texts(docxToLayout(docx(controls(495))).lines)).toEqual(['一、总体情况']);
    expect(() => docxToLayout(docx(runs(1_000)))).toThrow(expect.objectContaining({ code: 'TOO_COMPLEX' }));
  });

  it('refuses to inflate more than maxBytes (zip bomb guard)', () => {
    const bomb = zipSync({ 'word/document.xml': strToU8(`<w:document>${' '.repeat(2_000_000)}</w:document>`) }, { level: 9 });
    expect(bomb.length).toBeLessThan(10_000);
    expect(() => docxToLayout(bomb, { maxBytes: 1_000_000 })).toThrow(expect.objectContaining({ code: 'TOO_LARGE' }));
    expect(docxToLayout(bomb).lines).toEqual([]);
  });
});
