import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Layout } from './layout/layout.ts';
import { readLayout } from './parse-layout.ts';
import { fromText } from './text/from-text.ts';
import { textToLayout } from './text/text-to-layout.ts';

const xianxi = readFileSync(new URL('../../../fixtures/corpus/2020-yueqing-xianxi-town.txt', import.meta.url), 'utf8');

describe('readLayout', () => {
  it('reads a layout as the fromX entry points do', () => {
    expect(readLayout(textToLayout(xianxi), { name: 'x.txt' })).toEqual(fromText(xianxi, { name: 'x.txt' }));
  });

  it('reads a layout another reader built (an OCR engine), with its places', () => {
    const place = (row: number) => ({ kind: 'html' as const, table: 1, row, cell: 1 });
    const layout: Layout = {
      kind: 'html',
      lines: [{ fields: [{ text: '乐清市仙溪镇2020年度政府信息公开工作年度报告', place: place(1) }], place: place(1) }],
    };
    const { report } = readLayout(layout, { validate: false });
    expect(report.meta.title).toBe('乐清市仙溪镇2020年度政府信息公开工作年度报告');
  });

  it('throws a TypeError for what is not a layout', () => {
    expect(() => readLayout({} as Layout)).toThrow(TypeError);
  });
});
