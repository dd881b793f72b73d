import { createEmptyReport, getCell } from '@disclosure/core/lite';
import { describe, expect, it } from 'vitest';
import type { Line } from '../layout/layout.ts';
import { Assembler } from './assembler.ts';
import { applicationRows } from './row-catalogue.ts';
import { leaveWrappedUnread, wrappedFigures } from './wrapped-figures.ts';

/** A line of a PDF page at `top`: each field `[text, left, right]`, 8 points high. */
function pageLine(top: number, ...fields: ReadonlyArray<readonly [string, number, number]>): Line {
  const place = (left: number, right: number) => ({ kind: 'pdf', page: 2, bbox: [left, top, right, top + 8] }) as const;
  return { fields: fields.map(([text, left, right]) => ({ text, place: place(left, right), x: [left, right] as const })), place: place(fields[0]![1], fields.at(-1)![2]), page: 2 };
}

const labels = applicationRows('2021').flatMap((target) => target.labels);
// 100000 in a cell too narrow for it, as Chromium prints a web page: `10000` on the label's first line, the row's
// other figures centred on the next, the wrapped `0` under `10000` beside the label's second line.
const wrapped = [
  pageLine(345, ['一、本年新收政府信息公开申请', 84, 230], ['10000', 290, 317]),
  pageLine(353, ['6', 340, 345], ['无', 378, 387], ['7', 420, 424], ['9', 460, 464], ['9', 499, 504]),
  pageLine(360, ['数量', 84, 104], ['0', 301, 305]),
];

describe('wrappedFigures', () => {
  it('finds a figure wrapped onto the next line of its cell, and several at once (table 4)', () => {
    expect(wrappedFigures(wrapped, labels).map((pair) => [pair.upper.kind === 'pdf' && pair.upper.bbox, pair.lower.kind === 'pdf' && pair.lower.bbox])).toEqual([
      [[290, 345, 317, 353], [301, 360, 305, 368]],
    ]);
    const review = [pageLine(531, ['897', 145, 162], ['274', 322, 339], ['999', 499, 515]), pageLine(539, ['2', 92, 97], ['0', 210, 215]), pageLine(546, ['07', 148, 159], ['6', 328, 333], ['94', 502, 513])];
    expect(wrappedFigures(review, labels)).toHaveLength(3);
  });

  it("finds a wrap beside the end of the row's own label, though that end starts another row's label (`申请`)", () => {
    // `1.信访举报投诉类` over `申请`: 申请人无正当理由… starts a row of （六）, but here it ends the label above
    const beside = [
      pageLine(345, ['1.信访举报投诉类', 84, 150], ['2', 290, 295], ['9999', 320, 345]),
      pageLine(353, ['申请', 84, 104], ['9', 332, 337]),
    ];
    expect(wrappedFigures(beside, labels)).toHaveLength(1);
    const nextRow = [pageLine(345, ['2.重复申请', 84, 150], ['9999', 320, 345]), pageLine(353, ['申请人无正当理由逾期', 84, 150], ['9', 332, 337])];
    expect(wrappedFigures(nextRow, labels)).toEqual([]);
  });

  it("takes no next row's figures for a wrap: under a row label, outside the figure's width, a line further down, or a scan's", () => {
    const nextRow = [pageLine(345, ['（一）予以公开', 84, 150], ['100', 290, 317]), pageLine(360, ['（二）部分公开', 84, 150], ['5', 301, 305])];
    expect(wrappedFigures(nextRow, labels)).toEqual([]);
    const aside = [pageLine(345, ['100', 290, 317]), pageLine(360, ['5', 320, 325])];
    expect(wrappedFigures(aside, labels)).toEqual([]);
    const below = [pageLine(345, ['100', 290, 317]), pageLine(375, ['5', 301, 305])];
    expect(wrappedFigures(below, labels)).toEqual([]);
    // a scan's cells, recognised one ruled cell at a time
    const scanned = wrapped.map((line) => ({ ...line, fields: line.fields.map((field) => ({ ...field, ocr: { confidence: 0.99 } })) }));
    expect(wrappedFigures(scanned, labels)).toEqual([]);
  });
});

describe('leaveWrappedUnread', () => {
  it('leaves unread a row that stands between the two lines of figures wrapped in its cells, though it took neither', () => {
    // `4600` over `4` (46004) in 自然人's cell, the row's label and short figures centred between them: the row read
    // `3 4 6 7` and took 自然人 for blank
    const lines = [pageLine(420, ['4600', 245, 268]), pageLine(426, ['（七）总计', 117, 162], ['3', 325, 329]), pageLine(432, ['4', 254, 259])];
    const found = wrappedFigures(lines, labels);
    expect(found).toHaveLength(1);
    const assembler = new Assembler(createEmptyReport('2021'));
    const [, three] = lines[1]!.fields;
    assembler.set('applications.totalProcessed.researchInstitution', { kind: 'value', value: 3, printed: '3', run: false, place: three!.place, line: 1, x: three!.x! });
    assembler.blank('applications.totalProcessed.naturalPerson');
    leaveWrappedUnread(assembler, found);
    expect(assembler.readings['applications.totalProcessed.naturalPerson']).toEqual({ how: 'unread', candidates: [] });
    expect(getCell(assembler.report, 'applications.totalProcessed.researchInstitution')).toBeNull();
  });


  it('leaves the rows that took either figure unread, their blank cells too, and says why', () => {
    const assembler = new Assembler(createEmptyReport('2021'));
    const [upper] = wrapped[0]!.fields.slice(1);
    assembler.set('applications.newlyReceived.commercialEnterprise', { kind: 'value', value: 10000, printed: '10000', run: false, place: upper!.place, line: 0, x: upper!.x! });
    assembler.blank('applications.newlyReceived.naturalPerson');
    assembler.set('applications.granted.total', { kind: 'value', value: 3, printed: '3', run: false, place: { kind: 'pdf', page: 2, bbox: [0, 0, 1, 1] }, line: 4 });
    leaveWrappedUnread(assembler, wrappedFigures(wrapped, labels));
    expect(getCell(assembler.report, 'applications.newlyReceived.commercialEnterprise')).toBeNull();
    expect(assembler.readings['applications.newlyReceived.naturalPerson']).toEqual({ how: 'unread', candidates: [] });
    expect(getCell(assembler.report, 'applications.granted.total')).toBe(3);
    expect(assembler.notes.map((note) => [note.rule, note.paths.length])).toEqual([['parser/wrapped-figure', 7]]);
  });
});
