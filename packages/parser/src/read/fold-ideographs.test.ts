import { readFileSync } from 'node:fs';
import { listCellPaths, getCell } from '@disclosure/core';
import { describe, expect, it } from 'vitest';
import { fromText } from '../text/from-text.ts';
import { foldIdeographs } from './fold-ideographs.ts';

const corpus = new URL('../../../../fixtures/corpus/', import.meta.url);

/** Every ideograph that has a radical form printed as that radical, as pdf.js copies a Chromium print. */
function asRadicals(text: string): string {
  const radicalOf = new Map<string, string>();
  for (let code = 0x2f00; code <= 0x2fd5; code++) radicalOf.set(String.fromCharCode(code).normalize('NFKC'), String.fromCharCode(code));
  for (const radical of '⺠⻚⻔⻅⻓⻆⻛⻰⻬⻄') radicalOf.set(foldIdeographs(radical), radical);
  return [...text].map((character) => radicalOf.get(character) ?? character).join('');
}

describe('foldIdeographs', () => {
  it('reads each radical that stands for an ideograph as the ideograph, keeping the length', () => {
    expect(foldIdeographs('⼀、总体情况 第⼆⼗条 ⾏政复议 ⺟ ⻳')).toBe('一、总体情况 第二十条 行政复议 母 龟');
    expect(foldIdeographs('\uf9d1、其他需要报告的事项')).toBe('六、其他需要报告的事项'); // a CJK compatibility ideograph
    // the supplement's simplified radicals, which NFKC leaves, by Unicode's Equivalent_Unified_Ideograph
    expect(foldIdeographs('人⺠政府 首⻚ ⻔户网站 意⻅')).toBe('人民政府 首页 门户网站 意见');
    for (let code = 0x2e80; code <= 0x2ef3; code++) {
      const folded = foldIdeographs(String.fromCharCode(code)).charCodeAt(0);
      // an ideograph (the unified block or extension A), or the radical itself where it has none in the BMP
      expect([code, (folded >= 0x4e00 && folded <= 0x9fff) || (folded >= 0x3400 && folded <= 0x4dbf) || folded === code]).toEqual([code, true]);
    }
    expect(foldIdeographs('\ufa6c')).toBe('\ufa6c'); // its ideograph is outside the BMP: left, so offsets hold
    const plain = '二、主动公开政府信息情况';
    expect(foldIdeographs(plain)).toBe(plain);
  });

  it('gives the same report for a document whose ideographs are printed as radicals', () => {
    const text = readFileSync(new URL('2021-pingtan-zone.txt', corpus), 'utf8');
    const radicals = asRadicals(text);
    expect(radicals).toContain('⼀、');
    expect(radicals).toContain('⺠');
    const plain = fromText(text);
    const folded = fromText(radicals);
    expect(folded.report.sections).toEqual(plain.report.sections);
    for (const path of listCellPaths(plain.report)) expect([path, getCell(folded.report, path)]).toEqual([path, getCell(plain.report, path)]);
    expect(folded.diagnostics.map((diagnostic) => diagnostic.rule)).toEqual(plain.diagnostics.map((diagnostic) => diagnostic.rule));
  });
});
