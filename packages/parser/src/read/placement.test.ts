import { activeDisclosureTable, applicantColumns, type ColumnEntry } from '@disclosure/core/lite';
import { describe, expect, it } from 'vitest';
import type { Line } from '../layout/layout.ts';
import { textToLayout } from '../text/text-to-layout.ts';
import { findHeaderColumns, placeValues } from './placement.ts';
import { tokenizeLine, type ValueToken } from './tokens.ts';

/** A row of a scan's ruled table on `page`: each field at its grid column, as the OCR engine gives it. */
function scanRow(page: number, cells: ReadonlyArray<readonly [number, string]>): Line {
  const place = { kind: 'pdf', page, bbox: [0, 0, 10, 10] } as const;
  return { fields: cells.map(([column, text]) => ({ text, place, column, x: [column * 60, column * 60 + 50] as const, ...(text ? { ocr: { confidence: 0.99 } } : {}) })), place, page };
}

const header = (page: number, first: number): Line[] => [
  scanRow(page, [[first, '自然人'], [first + 1, '法人或其他组织'], [first + 6, '总计']]),
  scanRow(page, [[first + 1, '商业企业'], [first + 2, '科研机构'], [first + 3, '社会公益组织'], [first + 4, '法律服务机构'], [first + 5, '其他']]),
];

/** Table 3's first row on page 4 printing only 自然人 and 总计, the five legal-person cells blank. */
const blankLegalPersons = scanRow(4, [[0, '一、本年新收政府信息公开申请数量'], [1, '64'], [2, ''], [3, ''], [4, ''], [5, ''], [6, ''], [7, '70']]);
const values = (line: Line, index = 0) => tokenizeLine(line, index).filter((token): token is ValueToken => token.kind === 'value');
/**
 * `row`'s values placed under `columns` (table 3's by default), the header found in `lines` (with `row` after them
 * where they do not hold it, as a table's lines would); `spans`: the row has a cell spanning fields (`RowTarget.spans`).
 */
const placed = (lines: readonly Line[], row: Line, columns: readonly ColumnEntry[] = applicantColumns, spans = false) => {
  const all = lines.includes(row) ? lines : [...lines, row];
  const placement = placeValues(values(row, all.indexOf(row)), columns, findHeaderColumns(all, columns, ''), spans);
  return placement.kind === 'placed' ? placement.cells.map((cell) => cell?.printed ?? null) : placement.kind;
};

describe('placing a scan row under its header', () => {
  it("places a row by its own page's header, not by a later page's that counts its columns otherwise", () => {
    // The table continues on page 5 under a repeated header whose grid has three label columns before 自然人.
    const lines = [...header(4, 1), blankLegalPersons, ...header(5, 3)];
    expect(placed(lines, blankLegalPersons)).toEqual(['64', '', '', '', '', '', '70']);
  });

  it("leaves a row unplaced under another page's header when its values stand outside that header's columns", () => {
    const continued = scanRow(5, [[0, '三、本年度办理结果'], [1, '（一）予以公开'], [3, '27'], [9, '30']]);
    expect(placed([...header(4, 1), blankLegalPersons, continued], continued)).toBe('unplaced');
  });

  it('places a text grid row that prints a field for every column when the header cells span columns', () => {
    // A web page's text (a browser's innerText): 法人或其他组织 spans five columns and 自然人, 总计 two rows, so the
    // header's fields give no grid index to the columns; the row's seven fields, five empty, are its seven cells.
    const lines = textToLayout(
      '自然人\t法人或其他组织\t总计\n商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\n一、本年新收政府信息公开申请数量\t151\t\t\t\t\t\t154\n',
    ).lines;
    expect(placed(lines, lines[2]!)).toEqual(['151', '', '', '', '', '', '154']);
    // One field short: which is missing is unknown, so nothing is placed by count.
    const short = textToLayout('自然人\t法人或其他组织\t总计\n商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\n一、本年新收政府信息公开申请数量\t151\t\t\t\t\t154\n').lines;
    expect(placed(short, short[2]!)).toBe('unplaced');
    // An empty field first: a label column's (the row lacking a cell) or a blank 自然人, which the fields cannot tell.
    const leading = textToLayout('自然人\t法人或其他组织\t总计\n商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\n一、本年新收政府信息公开申请数量\t\t151\t\t\t\t\t154\n').lines;
    expect(placed(leading, leading[2]!)).toBe('unplaced');
  });

  it('places no row of a grid whose field holds two figures (`| 300 1 |`)', () => {
    const header = '| 项目 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n';
    const lines = textToLayout(`${header}| 一、本年新收政府信息公开申请数量 | 300 1 | 53 | 0 | 0 | 61 | 4 | 3119 |\n`).lines;
    expect(placed(lines, lines[1]!)).toBe('unplaced');
    const clean = textToLayout(`${header}| 一、本年新收政府信息公开申请数量 | 3001 | 53 | 0 | 0 | 61 | 4 | 3119 |\n`).lines;
    expect(placed(clean, clean[1]!)).toEqual(['3001', '53', '0', '0', '61', '4', '3119']);
  });

  describe('a blank cell merged over several columns (a web page’s `<td colspan="5"></td>`)', () => {
    const cell = (column: number) => ({ kind: 'html', table: 1, row: 3, cell: column }) as const;
    const row = (...cells: Array<readonly [number, string, number?]>): Line => ({
      fields: cells.map(([column, text, span]) => ({ text, column, ...(span ? { span } : {}), place: cell(column) })),
      place: cell(0),
    });
    const header = [row([3, '自然人'], [4, '法人或其他组织', 5], [9, '总计']), row([4, '商业企业'], [5, '科研机构'], [6, '社会公益组织'], [7, '法律服务机构'], [8, '其他'])];

    it('stands for each header column it covers, empty or a placeholder', () => {
      expect(placed(header, row([0, '一、本年新收政府信息公开申请数量', 3], [3, '151'], [4, '', 5], [9, '154']))).toEqual(['151', '', '', '', '', '', '154']);
      expect(placed(header, row([0, '一、本年新收政府信息公开申请数量', 3], [3, '151'], [4, '/', 5], [9, '154']))).toEqual(['151', '/', '/', '/', '/', '/', '154']);
    });

    it('stays one cell under a header column as wide as it, and a figure so merged is never spread', () => {
      const wide = [row([1, '本年处理决定数量', 3])];
      const columns = [{ key: 'decisions', zh: '本年处理决定数量' }] as never;
      const one = placeValues(values(row([0, '行政强制'], [1, '无', 3])), columns, findHeaderColumns(wide, columns, ''), true);
      expect(one.kind === 'placed' && one.cells.map((token) => token?.printed)).toEqual(['无']);
      expect(placed(header, row([0, '一、本年新收政府信息公开申请数量', 3], [3, '151'], [4, '3', 5], [9, '154']))).toBe('unplaced');
    });
  });

  it("never counts a merged cell's copies as cells where an empty field stands beside them", () => {
    // 2019's （八） prints two columns in a grid of three: docling repeats the merged figure in both fields it spans,
    // so `| 行政事业性收费 |  | 4191 | 4191 |` is a blank 上一年项目数量 and 4191 本年增/减, not 4191 twice.
    const fees = activeDisclosureTable.rows.find((row) => row.path === 'art20Item8.administrativeFees' && row.editions.includes('2019'))!.columns;
    const row = (cells: string) => textToLayout(`| 项目 | 甲 | 乙 | 丙 |\n| 行政事业性收费 | ${cells} |\n`).lines[1]!;
    const copies = row(' | 4191 | 4191');
    expect(placed([copies], copies, fees, true)).toBe('unplaced');
    // under its header the copies fold, and the empty field is the blank cell
    const lines = textToLayout('| 信息内容 | 上一年项目数量 | 本年增/减 | 本年增/减 |\n| 行政事业性收费 |  | 4191 | 4191 |\n').lines;
    expect(placed(lines, lines[1]!, fees, true)).toEqual(['', '4191']);
    // two different figures beside an empty field are one per column, in order
    const two = row(' | 3 | 4191');
    expect(placed([two], two, fees, true)).toEqual(['3', '4191']);
  });
});

/** Table 2's columns of a row in an edition. */
const columnsOf = (path: string, edition: '2019' | '2021') => activeDisclosureTable.rows.find((row) => row.path === path && row.editions.includes(edition))!.columns;

/** A line of a PDF page: each field its text and its middle (PDF points), 20 points wide; no grid. */
function pageLine(...fields: ReadonlyArray<readonly [string, number]>): Line {
  const place = { kind: 'pdf', page: 3, bbox: [0, 0, 10, 10] } as const;
  return { fields: fields.map(([text, middle]) => ({ text, place, x: [middle - 10, middle + 10] as const })), place, page: 3 };
}

describe('placing a page row under a header with a column the format lacks', () => {
  // a browser's print of table 3 with a 小计 after the five legal persons, its labels wrapped in narrow cells
  const pageHeader = [
    pageLine(['自然', 258], ['商业', 292], ['科研', 327], ['总计', 504]),
    pageLine(['人', 258], ['社会', 363], ['法律', 398]),
    pageLine(['企业', 292], ['公益', 363], ['服务', 398], ['其他', 433], ['小计', 469]),
  ];

  it("never counts a figure under 小计 as 总计's, and puts the others under their columns", () => {
    // 总计 printed blank: seven figures, the seventh the 小计
    const blankTotal = pageLine(['1.属于国家秘密', 150], ['15', 258], ['5', 292], ['1', 327], ['3', 363], ['2', 398], ['4', 433], ['15', 469]);
    expect(placed(pageHeader, blankTotal)).toEqual(['15', '5', '1', '3', '2', '4', null]);
    const full = pageLine(['一、本年新收', 150], ['3001', 258], ['53', 292], ['0', 327], ['0', 363], ['61', 398], ['4', 433], ['118', 469], ['3119', 504]);
    expect(placed(pageHeader, full)).toEqual(['3001', '53', '0', '0', '61', '4', '3119']);
  });

  it('takes no wrapped fragment of a column label for a column the format lacks', () => {
    const full = pageLine(['一、本年新收', 150], ['3001', 258], ['53', 292], ['0', 327], ['0', 363], ['61', 398], ['4', 433], ['3119', 469]);
    const header = [pageLine(['自然', 258], ['商业', 292], ['科研', 327], ['社会', 363], ['法律', 398], ['其他', 433], ['总计', 469]), pageLine(['人', 258], ['企业', 292], ['机构', 327], ['公益组织', 363], ['服务机构', 398])];
    expect(placed(header, full)).toEqual(['3001', '53', '0', '0', '61', '4', '3119']);
  });
});

describe('placing a page row of a web page printed by LibreOffice', () => {
  it("never puts a figure at the left of its wide cell under the blank cell's label beside it", () => {
    // 2019's （八）: 上一年项目数量 blank, 本年增/减 3959 at the left of its cell (a <td>), each label centred in its cell
    const fees = columnsOf('art20Item8.administrativeFees', '2019');
    const header = [pageLine(['信息内容', 150], ['上一年项目', 269]), pageLine(['数量', 269], ['本年增/减', 420])];
    expect(placed(header, pageLine(['行政事业性收费', 150], ['3959', 340]), fees)).toBe('unplaced');
    // under its label, or clearly nearer it, it is placed
    expect(placed(header, pageLine(['行政事业性收费', 150], ['3959', 380]), fees)).toEqual([null, '3959']);
  });
});

describe('placing a page row under a header the page cut or did not print', () => {
  it('never places a figure that reaches a column label cut short at the right end of its line (a table wider than the page)', () => {
    // Chromium's print of a table 1000 CSS pixels wide: the margin cuts `现行有效件数` to `现行有` and `665` to `6`
    const normative = columnsOf('art20Item1.normativeDocuments', '2021');
    const row = pageLine(['行政规范性文件', 100], ['69', 300], ['3', 410], ['6', 516]);
    const cut = [pageLine(['本年制发件数', 300], ['本年废止件数', 410], ['现行有', 514]), row];
    expect(placed(cut, row, normative)).toBe('unplaced');
    // the label whole, or its start with the rest wrapped under it, is a column
    expect(placed([pageLine(['本年制发件数', 300], ['本年废止件数', 410], ['现行有效件数', 514]), row], row, normative)).toEqual(['69', '3', '6']);
    const wrapped = [pageLine(['本年制发件数', 300], ['本年废止件数', 410], ['现行有', 514]), pageLine(['效件数', 514]), row];
    expect(placed(wrapped, row, normative)).toEqual(['69', '3', '6']);
  });

  it("never takes a column's place from another block's header", () => {
    // 2019's （八） under a header the page's margin cut to its first column; （五）'s header above prints 本年增/减
    const fees = columnsOf('art20Item8.administrativeFees', '2019');
    const licensing = pageLine(['行政许可', 100], ['0', 349], ['0', 481]);
    const row = pageLine(['行政事业性收费', 100], ['0', 349]);
    const above = [pageLine(['信息内容', 180], ['上一年项目数量', 349], ['本年增/减', 481]), licensing];
    expect(placed([...above, pageLine(['信息内容', 180], ['上一年项目数量', 349]), row], row, fees)).toBe('unplaced');
    // where （八）'s own header prints the column, the row's figure stands under its first and the second is blank
    expect(placed([...above, pageLine(['信息内容', 180], ['上一年项目数量', 349], ['本年增/减', 470]), row], row, fees)).toEqual(['0', null]);
  });
});

describe('placing a page row whose figures nearly touch, or whose page ran past its edge', () => {
  const place = { kind: 'pdf', page: 3, bbox: [0, 0, 10, 10] } as const;
  const field = (text: string, x: readonly [number, number], parts?: ReadonlyArray<readonly [string, number, number]>) => ({
    text,
    place,
    x,
    ...(parts ? { parts: parts.map(([part, left, right]) => ({ text: part, x: [left, right] as const })) } : {}),
  });
  const header = pageLine(['自然人', 281], ['商业企业', 342], ['科研机构', 405], ['社会公益组织', 466], ['法律服务机构', 528], ['其他', 589], ['总计', 640]);

  it('parts a figure that runs under two columns where its digits stand apart, and never reads it whole', () => {
    // LibreOffice's print of narrow cells: `99999` and `8433` 0.4 em apart, one run of text
    const glued = field('999998433', [442, 548], [['99999', 442, 490], ['8433', 505, 548]]);
    const row: Line = { fields: [field('二、上年结转', [80, 200]), field('5', [278, 284]), field('74940', [318, 366]), field('57974', [381, 429]), glued, field('77606', [565, 613]), field('3', [637, 643])], place, page: 3 };
    expect(placed([header], row)).toEqual(['5', '74940', '57974', '99999', '8433', '77606', '3']);
    // without the gap between them nothing tells the two figures apart: the row is not placed
    const whole: Line = { ...row, fields: row.fields.map((f) => (f === glued ? field('999998433', [442, 548]) : f)) };
    expect(placed([header], whole)).toBe('unplaced');
  });

  it("never reads as one cell a figure run past its narrow cell's rule into the next, short of that column's middle", () => {
    // LibreOffice's print of a page: 284 fills its narrow cell and 56 starts at the next cell's left edge, one run of
    // text `28456` that reaches past the middle between 社会公益组织's and 法律服务机构's columns, not to the latter's
    const row = (...middle: ReadonlyArray<ReturnType<typeof field>>): Line => ({
      fields: [field('二、上年结转', [80, 200]), field('188', [264, 297]), field('170', [325, 358]), field('49', [394, 416]), ...middle, field('687', [572, 605]), field('1434', [618, 662])],
      place,
      page: 3,
    });
    expect(placed([header], row(field('28456', [447, 513])))).toBe('unplaced');
    // the two figures apart, each within its cell, however near the rule, are their columns'
    expect(placed([header], row(field('284', [447, 480]), field('56', [490, 513])))).toEqual(['188', '170', '49', '284', '56', '687', '1434']);
  });

  it('on a page whose text runs past its edge, places a row only under columns its header prints', () => {
    // the page cut off 总计, header and figures; a figure glued to the row's label makes the count seven all the same
    const cut = pageLine(['自然人', 281], ['商业企业', 342], ['科研机构', 405], ['社会公益组织', 466], ['法律服务机构', 528], ['其他', 589]);
    const fields = [field('（二）部分公开2', [150, 250]), field('9', [278, 284]), field('3', [339, 345]), field('4', [402, 408]), field('1', [463, 469]), field('7', [525, 531]), field('6', [586, 592])];
    expect(placed([{ ...cut, overflows: true }], { fields, place, page: 3, overflows: true })).toBe('unplaced');
    // on a page that kept within its edges the count places it, as it must where no column can be lost
    expect(placed([cut], { fields, place, page: 3 })).toEqual(['2', '9', '3', '4', '1', '7', '6']);
    // where the header prints every column, the figures go under them on the page that ran past its edge too
    const whole = [{ ...header, overflows: true as const }];
    const row: Line = { fields: [...fields.slice(1), field('26', [634, 646])], place, page: 3, overflows: true };
    expect(placed(whole, row)).toEqual(['9', '3', '4', '1', '7', '6', '26']);
  });
});
