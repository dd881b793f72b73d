import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { docxToLayout } from './docx-to-layout.ts';
import { formatNumber } from './format-number.ts';
import { createNumbering } from './numbering.ts';

const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** `word/numbering.xml` with one list (numId 1) whose level 0 starts at `start` in `format`. */
function numberingXml(start: string, format: string, text = '%1.'): string {
  return (
    `<w:numbering ${w}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="${start}"/>` +
    `<w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl></w:abstractNum>` +
    `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`
  );
}

/** A DOCX of a few hundred bytes: two paragraphs numbered in list 1. */
function tinyDocx(numbering: string): Uint8Array {
  const paragraph = (text: string) =>
    `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
  return zipSync({
    'word/document.xml': strToU8(`<w:document ${w}><w:body>${paragraph('甲')}${paragraph('乙')}</w:body></w:document>`),
    'word/numbering.xml': strToU8(numbering),
  });
}

const texts = (bytes: Uint8Array) => docxToLayout(bytes).lines.map((line) => line.fields[0]!.text);

describe('formatNumber', () => {
  it('writes counters in Word number formats', () => {
    expect(formatNumber(3, 'chineseCounting')).toBe('三');
    expect(formatNumber(14, 'upperRoman')).toBe('XIV');
    expect(formatNumber(3999, 'lowerRoman')).toBe('mmmcmxcix');
    expect(formatNumber(28, 'upperLetter')).toBe('BB');
    expect(formatNumber(780, 'lowerLetter')).toBe('z'.repeat(30));
    expect(formatNumber(12, 'decimalFullWidth')).toBe('１２');
  });

  it('writes in digits the counters a format cannot write, in bounded time', () => {
    expect(formatNumber(100_000_000_000, 'upperRoman')).toBe('100000000000');
    expect(formatNumber(4000, 'upperRoman')).toBe('4000');
    expect(formatNumber(1e12, 'upperLetter')).toBe('1000000000000');
    expect(formatNumber(781, 'lowerLetter')).toBe('781');
    expect(formatNumber(0, 'upperRoman')).toBe('0');
  });
});

describe('list numbering from a crafted DOCX', () => {
  it('numbers from a start of 100000000000 in upper Roman without looping', () => {
    const bytes = tinyDocx(numberingXml('100000000000', 'upperRoman'));
    expect(bytes.length).toBeLessThan(1000);
    expect(texts(bytes)).toEqual(['100000000000.甲', '100000000001.乙']);
  });

  it('numbers from a start of 1e12 in upper letters instead of failing as NOT_DOCX', () => {
    expect(texts(tinyDocx(numberingXml('1000000000000', 'upperLetter')))).toEqual(['1000000000000.甲', '1000000000001.乙']);
  });

  it('reads a start that is not a safe integer, or a level out of range, as absent', () => {
    expect(texts(tinyDocx(numberingXml('99999999999999999999', 'upperRoman')))).toEqual(['I.甲', 'II.乙']);
    expect(texts(tinyDocx(numberingXml('-5', 'decimal')))).toEqual(['1.甲', '2.乙']);
    const numbering = createNumbering(numberingXml('1', 'decimal'));
    expect(numbering.next('1', 1_000_000_000, undefined)).toBe('');
    expect(numbering.next('1', 0, undefined)).toBe('1.');
  });
});
