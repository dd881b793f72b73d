import { describe, expect, it } from 'vitest';
import type { Line } from '../layout/layout.ts';
import { tokenizeLine } from './tokens.ts';

const place = { kind: 'pdf', page: 1, bbox: [0, 0, 10, 10] } as const;
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
});
