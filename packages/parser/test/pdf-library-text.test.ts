import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getCell, listCellPaths, type Report } from '@disclosure/core';
import { fromText } from '@disclosure/parser';
import { corpusCases } from './corpus.ts';

/**
 * A PDF's text as Python's PDF libraries give it, of LibreOffice's PDF of the 2021 平潭 report and of the real 2024
 * 洪泽区 PDF (see fixtures/README.md).
 * PyMuPDF's `get_text(sort=True)` sorts a page's blocks by their bottoms: each cell is a block, so a row's label on
 * one line comes before its figures, but a label wrapped over two lines reaches lower and follows them. pypdf's
 * `extract_text()` runs a row's cells together and the lines of the header's narrow cells into one another.
 */
const pingtan = corpusCases().find((c) => c.name === '2021-pingtan-zone')!.expected;
const hongze = corpusCases().find((c) => c.name === '2024-huaian-hongze-district')!.expected;
const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}.txt`, import.meta.url), 'utf8');
const table3 = (report: Report) => listCellPaths(report).filter((path) => path.startsWith('applications.'));
/** How many cells of table 3 `report` prints (not blank). */
const printedCells = (report: Report) => table3(report).filter((path) => getCell(report, path) !== null).length;

/** Table 3's cells of the text that are set: each must be `expected`'s. Returns how many are set. */
function table3Read(text: string, expected: Report): number {
  const { report } = fromText(text, { validate: false });
  let set = 0;
  for (const path of table3(expected)) {
    const cell = getCell(report, path);
    if (cell === null) continue;
    set++;
    expect([path, cell]).toEqual([path, getCell(expected, path)]);
  }
  return set;
}

describe("PyMuPDF's text sorted by the blocks' bottoms", () => {
  const sorted = fixture('2021-pingtan-zone.pymupdf-sorted');

  it('prints the figures of a row whose label wraps before that label', () => {
    expect(sorted).toContain('\n64\n0\n0\n2\n0\n4\n70\n一、本年新收政府信息公开申请数\n量\n0\n0\n');
  });

  it("never gives a label the next row's figures; read in the format's row order, every cell of table 3 balances", () => {
    expect(table3Read(sorted, pingtan)).toBe(printedCells(pingtan));
  });
});

describe("pypdf's text", () => {
  const joined = fixture('2021-pingtan-zone.pypdf');

  it('joins the lines of the header’s narrow cells across cells and runs each row’s figures together', () => {
    expect(joined).toContain('\n业科研机\n构社会公\n');
    expect(joined).toContain('\n量640020470\n');
  });

  it('reads the header’s joined pieces as the columns’ labels, and every cell of table 3 by its identities', () => {
    expect(table3Read(joined, pingtan)).toBe(printedCells(pingtan));
  });

  it("takes the pages' numbers glued to the start of their first lines (`-4-3.补正后…`) off them", () => {
    const text = fixture('2024-huaian-hongze-district.pypdf');
    expect(text).toContain('\n-4-2.没有现成信息需要另行制作1000001\n');
    expect(table3Read(text, hongze)).toBe(printedCells(hongze));
  });
});
