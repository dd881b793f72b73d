import { describe, expect, it } from 'vitest';
import type { Line } from '../layout/layout.ts';
import { tokenizeLine } from './tokens.ts';

const place = { kind: 'pdf', page: 1, bbox: [0, 0, 10, 10] } as const;
const textPlace = { kind: 'text', line: 1, column: 1 } as const;
/** A line of free text, as a text file prints a row whose cells no tab parts. */
const textLine = (text: string): Line => ({ fields: [{ text, place: textPlace }], place: textPlace });
const read = (line: Line) => tokenizeLine(line, 0).map((t) => (t.kind === 'text' ? t.text : t.value));
const pageLine = (...texts: string[]): Line => ({ fields: texts.map((text, i) => ({ text, place, x: [100 * (i + 1), 100 * (i + 1) + 50] as const })), place });

describe('tokenizeLine', () => {
  it('reads a figure glued to its label on a page as a value', () => {
    const tokens = tokenizeLine(pageLine('行政规范性文件58', '3'), 0);
    expect(tokens.map((t) => (t.kind === 'text' ? t.text : t.value))).toEqual(['行政规范性文件', 58, 3]);
  });

  it('keeps a glued figure too long to be exact as label text, not as a missing value (the fuzzer’s PDF)', () => {
    const tokens = tokenizeLine(pageLine(`行政规范性文件${'9'.repeat(20)}`, '3'), 0);
    expect(tokens.every((token) => token !== null && token !== undefined)).toBe(true);
    expect(tokens.map((t) => (t.kind === 'text' ? t.text : t.value))).toEqual([`行政规范性文件${'9'.repeat(20)}`, 3]);
  });

  it("ends a figure before the next row's ordinal in free text, and never takes a comma for one", () => {
    expect(read(textLine('行政许可22931.属于国家秘密'))).toEqual(['行政许可', 2293, '1.属于国家秘密']);
    // `2293,,` is a figure and two commas (a row saved as CSV), not 229 and the ordinal `3,`
    expect(read(textLine('行政许可,2293,,'))).toEqual(['行政许可,', 2293, ',,']);
  });

  it('reads a figure with full-width thousands separators in free text as one figure, as in a cell', () => {
    expect(read(textLine('行政事业性收费 24，252.311082'))).toEqual(['行政事业性收费 ', 24252.311082]);
  });

  it("reads an increase signed with a plus (2019's 本年增/减), in a cell and in free text, never a sum's plus", () => {
    const gridLine = (...texts: string[]): Line => ({ fields: texts.map((text, i) => ({ text, place: textPlace, column: i })), place: textPlace });
    expect(read(gridLine('行政许可', '12', '+3', '＋4', '-2'))).toEqual(['行政许可', 12, 3, 4, -2]);
    expect(read(textLine('行政许可 12 +3 ＋4 -2'))).toEqual(['行政许可 ', 12, 3, 4, -2]);
    // `3+5` in prose is a sum of two figures
    expect(read(textLine('共3+5件'))).toEqual(['共', 3, '+', 5, '件']);
  });

  it('takes vertical bars between figures for separators, never for label text', () => {
    expect(read(textLine('行政规范性文件 | 3 | 0 | 8'))).toEqual(['行政规范性文件 | ', 3, 0, 8]);
  });
});
