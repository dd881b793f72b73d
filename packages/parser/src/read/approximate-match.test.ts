import { describe, expect, it } from 'vitest';
import { approximateMatch } from './approximate-match.ts';

describe('approximateMatch', () => {
  it('finds an exact label at the end of junk', () => {
    expect(approximateMatch('属于国家秘密', '三、本年度办理结果1.属于国家秘密')).toEqual({ distance: 0, end: 17 });
  });

  it('measures a garbled label by its edit distance', () => {
    expect(approximateMatch('其他法律行政法规禁止公开', '2.其他法律行政止公开').distance).toBe(3);
  });

  it('prefers the latest of equally good matches', () => {
    expect(approximateMatch('总计', '总计……总计').end).toBe(6);
  });
});
