import { readFileSync } from 'node:fs';
import { listCellPaths, getCell } from '@disclosure/core';
import { describe, expect, it } from 'vitest';
import { fromText } from '../text/from-text.ts';
import { foldIdeographs } from './fold-ideographs.ts';

const corpus = new URL('../../../../fixtures/corpus/', import.meta.url);

/** Every ideograph that has a Kangxi radical form printed as that radical, as pdf.js copies a Chromium print. */
function asRadicals(text: string): string {
  const radicalOf = new Map<string, string>();
  for (let code = 0x2f00; code <= 0x2fd5; code++) radicalOf.set(String.fromCharCode(code).normalize('NFKC'), String.fromCharCode(code));
  return [...text].map((character) => radicalOf.get(character) ?? character).join('');
}

describe('foldIdeographs', () => {
  it('reads each radical that stands for an ideograph as the ideograph, keeping the length', () => {
    expect(foldIdeographs('⼀、总体情况 第⼆⼗条 ⾏政复议 ⺟ ⻳')).toBe('一、总体情况 第二十条 行政复议 母 龟');
    expect(foldIdeographs('\uf9d1、其他需要报告的事项')).toBe('六、其他需要报告的事项'); // a CJK compatibility ideograph
    expect(foldIdeographs('⺠')).toBe('⺠'); // no decomposition: left as printed
    expect(foldIdeographs('\ufa6c')).toBe('\ufa6c'); // its ideograph is outside the BMP: left, so offsets hold
    const plain = '二、主动公开政府信息情况';
    expect(foldIdeographs(plain)).toBe(plain);
  });

  it('gives the same report for a document whose ideographs are printed as radicals', () => {
    const text = readFileSync(new URL('2021-pingtan-zone.txt', corpus), 'utf8');
    const radicals = asRadicals(text);
    expect(radicals).toContain('⼀、');
    const plain = fromText(text);
    const folded = fromText(radicals);
    expect(folded.report.sections).toEqual(plain.report.sections);
    for (const path of listCellPaths(plain.report)) expect([path, getCell(folded.report, path)]).toEqual([path, getCell(plain.report, path)]);
    expect(folded.diagnostics.map((diagnostic) => diagnostic.rule)).toEqual(plain.diagnostics.map((diagnostic) => diagnostic.rule));
  });
});
