import { getCell, listCellPaths } from '@disclosure/core';
import { describe, expect, it } from 'vitest';
import type { Layout, Line } from '../layout/layout.ts';
import { readLayout } from '../parse-layout.ts';
import { textToLayout } from '../text/text-to-layout.ts';
import { corpusCases } from '../../test/corpus.ts';
import { writeText } from '../../test/write-text.ts';

const city = corpusCases().find((c) => c.name === '2024-huaian-city')!.expected;

/** A line of a page: each field its text and its left edge (PDF points), 20 points wide. */
function pageLine(top: number, ...fields: ReadonlyArray<readonly [string, number]>): Line {
  const place = { kind: 'pdf', page: 3, bbox: [0, top, 500, top + 10] } as const;
  return {
    fields: fields.map(([text, left]) => ({ text, place: { ...place, bbox: [left, top, left + 20, top + 10] }, x: [left, left + 20] as const })),
    place,
  };
}

/**
 * 2024 淮安市's table 4 as a browser prints a page whose header puts each group's 总计 first: the outcome labels wrap
 * in their narrow cells (`结果` over `维持`), and the row follows the header.
 */
function reorderedReview(): Line[] {
  const lefts = Array.from({ length: 15 }, (_, i) => 30 + 30 * i);
  const litigation = (i: number) => i >= 5;
  // each group's total first, then its four outcomes: the two halves of each outcome's label
  const tops = ['总计', '结果', '结果', '其他', '尚未'];
  const bottoms = ['', '维持', '纠正', '结果', '审结'];
  const figures = ['351', '72', '64', '178', '37', '26', '13', '4', '8', '1', '20', '12', '1', '1', '6'];
  return [
    pageLine(100, ['行政复议', 90], ['行政诉讼', 300]),
    pageLine(112, ...lefts.flatMap((left, i) => (litigation(i) || i === 0 ? [] : [[tops[i % 5]!, left] as const])), ['未经复议直接起诉', 210], ['复议后起诉', 360]),
    pageLine(124, ...lefts.flatMap((left, i) => (litigation(i) ? [[tops[i % 5]!, left] as const] : i === 0 ? [['总计', left] as const] : [[bottoms[i % 5]!, left] as const]))),
    pageLine(136, ...lefts.flatMap((left, i) => (litigation(i) && i % 5 !== 0 ? [[bottoms[i % 5]!, left] as const] : []))),
    pageLine(148, ...lefts.map((left, i) => [figures[i]!, left] as const)),
  ];
}

describe('readReview', () => {
  it("places table 4's figures under a page's header that prints each group's total first, its labels wrapped", () => {
    const text = textToLayout(writeText(city));
    const start = text.lines.findIndex((line) => line.fields[0]?.text.startsWith('四、政府信息公开行政复议'));
    const end = text.lines.findIndex((line, i) => i > start && line.fields[0]?.text.startsWith('五、'));
    const layout: Layout = { ...text, lines: [...text.lines.slice(0, start + 1), ...reorderedReview(), ...text.lines.slice(end)] };
    const { report } = readLayout(layout, { validate: false });
    for (const path of listCellPaths(city).filter((p) => p.startsWith('reviewAndLitigation.'))) expect(getCell(report, path), path).toBe(getCell(city, path));
  });
});
