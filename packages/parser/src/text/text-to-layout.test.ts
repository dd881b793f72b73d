import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Field } from '../layout/layout.ts';
import { textToLayout } from './text-to-layout.ts';

// The fields as the patterns that define them cut a line: cells between `|` or tabs, trimmed, at the column of their
// first character (past the blanks of an empty one); runs of non-blanks joined by single spaces.
function cells(text: string, separator: string, from: number, to: number, line: number): Field[] {
  let offset = from;
  return text
    .slice(from, to)
    .split(separator)
    .map((cell, index) => {
      const trimmed = cell.trim();
      const column = offset + (trimmed === '' ? cell.length : cell.indexOf(trimmed[0]!)) + 1;
      offset += cell.length + 1;
      return { text: trimmed, place: { kind: 'text', line, column }, column: index };
    });
}

function isMarkdownRow(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length >= 2 && trimmed.startsWith('|') && trimmed.endsWith('|');
}

function expectedFields(text: string, line: number): Field[] {
  if (isMarkdownRow(text)) return cells(text, '|', text.indexOf('|') + 1, text.lastIndexOf('|'), line);
  if (text.includes('\t')) return cells(text, '\t', 0, text.length, line);
  return [...text.matchAll(/\S+(?: \S+)*/gu)].map((m) => ({ text: m[0], place: { kind: 'text', line, column: m.index + 1 } }));
}

describe('textToLayout', () => {
  test('cuts every line into the fields its pattern defines, placed at its first character, Markdown rows numbered by table', () => {
    const pieces = ['a', '中', '1', ' ', '  ', '\t', '|', '\u3000', '\u00a0', '\ufeff', '\u2003', '\r', '-', ':', '😀'];
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((line) => line.join('')), { minLength: 1, maxLength: 6 }), (lines) => {
        const text = `x\n${lines.join('\n')}`;
        const layout = textToLayout(text);
        let table = 0;
        const raws = text.replace(/\r\n?/gu, '\n').split('\n');
        const expected: Array<{ raw: string; number: number; table: number | undefined; barless: boolean }> = [];
        // a pipe table without its outer bars: a delimiter row under a row, a bar in it or in the row after it, and
        // every line after it up to a blank one
        const barlessRule = /^\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*$/u;
        let barless = false;
        for (const [index, raw] of raws.entries()) {
          if (barless && raw.trim() !== '') {
            if (!barlessRule.test(raw)) expected.push({ raw, number: index + 1, table, barless: true });
            continue;
          }
          barless = false;
          const previous = raws[index - 1];
          const opens = previous !== undefined && previous.trim() !== '' && !isMarkdownRow(previous) && barlessRule.test(raw) && (raw.includes('|') || (raws[index + 1]?.includes('|') ?? false));
          if (opens) {
            if (expected.at(-1)?.number === index) expected.pop();
            table++;
            barless = true;
            expected.push({ raw: previous, number: index, table, barless: true });
            continue;
          }
          // each run of Markdown rows is one table
          if (isMarkdownRow(raw) && (index === 0 || !isMarkdownRow(raws[index - 1]!))) table++;
          if (raw.trim() === '' || (isMarkdownRow(raw) && /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/u.test(raw))) continue;
          expected.push({ raw, number: index + 1, table: isMarkdownRow(raw) ? table : undefined, barless: false });
        }
        expect(layout.lines).toEqual(
          expected.map(({ raw, number, table, barless }) => ({
            fields: barless ? cells(raw, '|', raw.indexOf(raw.trim()[0]!), raw.trimEnd().length, number) : expectedFields(raw, number),
            place: { kind: 'text', line: number, column: raw.indexOf(raw.trim()[0]!) + 1 },
            ...(table === undefined ? {} : { table }),
          })),
        );
      }),
      { numRuns: 2000 },
    );
  });

  test("reads a pipe table written without its outer bars (Python's html2text): its first row above the delimiter, every bar a cell's edge", () => {
    const text = ['正文', '', '第二十条第（一）项  ', '---', '信息内容| 本年制发件数| 本年废止件数  ', '规章| | 2  ', '| 5|   ', '', '后文'].join('\n');
    const lines = textToLayout(text).lines;
    const row = (line: number) => lines.find((l) => l.place.kind === 'text' && l.place.line === line)!;
    expect(row(3)).toMatchObject({ table: 1, fields: [{ text: '第二十条第（一）项' }] });
    expect(row(5).fields.map((field) => [field.text, field.column])).toEqual([['信息内容', 0], ['本年制发件数', 1], ['本年废止件数', 2]]);
    expect(row(6).fields.map((field) => field.text)).toEqual(['规章', '', '2']);
    expect(row(7).fields.map((field) => field.text)).toEqual(['', '5', '']);
    expect(row(9).table).toBeUndefined();
    expect(lines.some((l) => l.fields.some((field) => field.text === '---'))).toBe(false);
  });

  test('never takes a lone rule for a table when no bar follows (a Markdown heading underline, a crawler separator)', () => {
    const lines = textToLayout('标题\n---\n正文 5 件\n\n来源：某县\n-----\n本报告…').lines;
    expect(lines.every((line) => line.table === undefined)).toBe(true);
    expect(lines.map((line) => line.fields.map((field) => field.text).join(' '))).toContain('---');
  });

  test('cuts a line longer than the kept buffer as any other', () => {
    const line = '甲 1  '.repeat(20_000);
    const fields = textToLayout(line).lines[0]!.fields;
    expect(fields).toHaveLength(20_000);
    expect(fields.at(-1)).toEqual({ text: '甲 1', place: { kind: 'text', line: 1, column: 5 * 19_999 + 1 } });
  });
});
