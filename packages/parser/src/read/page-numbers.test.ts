import { describe, expect, it } from 'vitest';
import type { Line } from '../layout/layout.ts';
import { textToLayout } from '../text/text-to-layout.ts';
import { lineText } from './line-text.ts';
import { barePageNumbers, gluedPageMarks, pagedPageNumbers } from './page-numbers.ts';

/**
 * The page numbers of a text whose lines between `<table>` and `</table>` (markers dropped) are a table's: the
 * numbers of the lines `barePageNumbers` proves, and each uncertain page's lines (as line numbers, and `one`).
 */
function pagesOf(marked: string) {
  const tableAt = new Set<number>();
  let inside = false;
  const plain: string[] = [];
  for (const line of marked.split('\n')) {
    if (line === '<table>' || line === '</table>') inside = line === '<table>';
    else {
      if (inside) tableAt.add(plain.length);
      plain.push(line);
    }
  }
  const lines = textToLayout(plain.join('\n')).lines;
  const at = new Map(lines.map((line, i) => [line, i]));
  const found = barePageNumbers(lines, lines.map(lineText), (line) => tableAt.has(at.get(line)!));
  return {
    pages: [...found.pages].map((line) => at.get(line)!).sort((a, b) => a - b),
    uncertain: found.uncertain.map((page) => ({ lines: page.lines.map((line) => at.get(line)!), one: page.one })),
  };
}

describe('barePageNumbers', () => {
  it("takes the prose's rising lone figures for page numbers, and the one line in a table that can print each number they skip", () => {
    // lines: 0 prose, 1 `1`, 2–8 a table (its `2` and `3` the only lines that can print pages 2 and 3), 9 `4`
    const text = ['一、总体情况', '1', '<table>', '行政许可', '5', '2', '行政处罚', '0', '3', '7', '</table>', '4'].join('\n');
    expect(pagesOf(text)).toEqual({ pages: [1, 4, 7, 9], uncertain: [] });
  });

  it('leaves each line that may print a page number uncertain when another line could print it too', () => {
    // `2` stands twice between pages 1 and 3: either may be page 2's number, the other a cell
    const text = ['一、总体情况', '1', '<table>', '行政许可', '2', '行政处罚', '2', '</table>', '3'].join('\n');
    expect(pagesOf(text)).toEqual({ pages: [1, 6], uncertain: [{ lines: [3, 5], one: true }] });
  });

  it('lets a page skipped without a line that could print its number leave the other skipped pages unproven', () => {
    // pages 2 and 3 are skipped before `4`; no line prints `2`, so the one `3` may be a cell
    const text = ['一、总体情况', '1', '<table>', '行政许可', '3', '</table>', '4'].join('\n');
    expect(pagesOf(text)).toEqual({ pages: [1, 4], uncertain: [{ lines: [3], one: false }] });
  });

  it('orders the pages: a line can print a number only with room for the numbers before and after it', () => {
    // the first `3` stands before the only `2`, so it cannot be page 3's number: the second one is
    const text = ['一、总体情况', '1', '<table>', '3', '2', '3', '</table>', '4'].join('\n');
    expect(pagesOf(text)).toEqual({ pages: [1, 3, 4, 5], uncertain: [] });
  });

  it('proves nothing from lone figures of the prose that do not rise, or from a chain of fewer than three numbers', () => {
    expect(pagesOf(['一、总体情况', '2', '<table>', '1', '</table>', '1'].join('\n'))).toEqual({ pages: [], uncertain: [] });
    expect(pagesOf(['一、总体情况', '<table>', '1', '</table>', '2'].join('\n'))).toEqual({ pages: [], uncertain: [] });
  });

  it("never takes a grid's row for a page number", () => {
    expect(pagesOf(['一、总体情况', '1', '<table>', '| 2 |', '</table>', '3', '4'].join('\n'))).toEqual({ pages: [1, 3, 4], uncertain: [] });
  });
});

describe('pagedPageNumbers', () => {
  /** The indexes `pagedPageNumbers` finds in text whose pages are apart by form feeds. */
  const numbersOf = (text: string) => {
    const lines = textToLayout(text).lines;
    return [...pagedPageNumbers(lines, lines.map(lineText))].map((i) => lineText(lines[i]!).trim() + '@' + String(lines[i]!.page));
  };

  it("takes a page's number alone on its last line, and numbers three pages print at their heads", () => {
    expect(numbersOf('一、总体情况\n5\n1\n\f行政许可\n3\n\f行政处罚\n3')).toEqual(['1@1', '3@3']);
    expect(numbersOf('1\n一、总体情况\n\f2\n行政许可\n\f3\n行政处罚\n7')).toEqual(['1@1', '2@2', '3@3']);
    // two heads that agree may be two rows' cells
    expect(numbersOf('1\n一、总体情况\n\f2\n行政许可\n\f行政处罚\n7')).toEqual([]);
  });

  it("takes the page's number less a count three pages share (a cover left unnumbered), and never a figure inside a page", () => {
    expect(numbersOf('封面\n\f一、总体情况\n1\n\f行政许可\n2\n2\n\f行政处罚\n3')).toEqual(['1@2', '2@3', '3@4']);
    // two pages printing their number less three may be two cells ending them
    expect(numbersOf('封面\n\f一、总体情况\n5\n\f行政许可\n4\n\f行政处罚\n7')).toEqual([]);
  });

  it("takes a PDF page's number alone on its last line (a browser's footer), never a row's figure above it", () => {
    const pdfLine = (text: string, page: number): Line => {
      const place = { kind: 'pdf', page, bbox: [0, 0, 10, 10] } as const;
      return { fields: [{ text, place, x: [280, 290] }], place, page };
    };
    const lines = [pdfLine('行政处罚 1', 1), pdfLine('行政强制', 1), pdfLine('1', 1), pdfLine('第二十条第（八）项', 2), pdfLine('7', 2), pdfLine('2', 2)];
    expect([...pagedPageNumbers(lines, lines.map(lineText))]).toEqual([2, 5]);
  });
});

describe('gluedPageMarks', () => {
  it("takes pages' numbers among dashes glued to the start of lines when three or more rise one by one (pypdf)", () => {
    const texts = ['-1-洪泽区人民政府', '正文', '-2-级审核、先审后发', '-3-信息内容 本年处理决定数量', '-4-3.补正后申请内容仍不明确0000000'];
    expect([...gluedPageMarks(texts)]).toEqual([
      [0, 3],
      [2, 3],
      [3, 3],
      [4, 3],
    ]);
    expect([...gluedPageMarks(['— 12 —（二）', '— 13 —三、', '— 14 —四、']).values()]).toEqual([6, 6, 6]);
  });

  it('takes none that do not rise one by one, fewer than three, a mark alone on its line, or one apart from the text after it', () => {
    expect(gluedPageMarks(['-1-甲', '-3-乙', '-5-丙']).size).toBe(0);
    expect(gluedPageMarks(['-1-甲', '-2-乙']).size).toBe(0);
    expect(gluedPageMarks(['-1-', '-2-', '-3-']).size).toBe(0);
    expect(gluedPageMarks(['-1- 甲', '-2- 乙', '-3- 丙']).size).toBe(0);
  });
});
