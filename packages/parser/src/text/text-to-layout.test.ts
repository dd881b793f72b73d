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
        const expected = text
          .replace(/\r\n?/gu, '\n')
          .split('\n')
          .map((raw, index, all) => {
            // each run of Markdown rows is one table
            if (isMarkdownRow(raw) && (index === 0 || !isMarkdownRow(all[index - 1]!))) table++;
            return { raw, number: index + 1, table: isMarkdownRow(raw) ? table : undefined };
          })
          .filter(({ raw }) => raw.trim() !== '' && !(isMarkdownRow(raw) && /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/u.test(raw)));
        expect(layout.lines).toEqual(
          expected.map(({ raw, number, table }) => ({
            fields: expectedFields(raw, number),
            place: { kind: 'text', line: number, column: raw.indexOf(raw.trim()[0]!) + 1 },
            ...(table === undefined ? {} : { table }),
          })),
        );
      }),
      { numRuns: 2000 },
    );
  });

  test('cuts a line longer than the kept buffer as any other', () => {
    const line = '甲 1  '.repeat(20_000);
    const fields = textToLayout(line).lines[0]!.fields;
    expect(fields).toHaveLength(20_000);
    expect(fields.at(-1)).toEqual({ text: '甲 1', place: { kind: 'text', line: 1, column: 5 * 19_999 + 1 } });
  });
});
