import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getCell, listCellPaths } from '@disclosure/core';
import { fromText } from '@disclosure/parser';
import { corpusCases } from './corpus.ts';

/**
 * A PDF's text as Python's PDF libraries give it, of LibreOffice's PDF of the 2021 平潭 report and of the real 2024
 * 洪泽区 PDF (see fixtures/README.md).
 * PyMuPDF's `get_text(sort=True)` sorts a page's blocks by their bottoms: each cell is a block, so a row's label on
 * one line comes before its figures, but a label wrapped over two lines reaches lower and follows them. pypdf's
 * `extract_text()` runs a row's cells together and the lines of the header's narrow cells into one another.
 */
const expectedOf = (name: string) => corpusCases().find((c) => c.name === name)!.expected;
const expected = expectedOf('2021-pingtan-zone');
const table3 = listCellPaths(expected).filter((path) => path.startsWith('applications.'));
/** Every cell of table 3 the report prints (here all 175: none is blank). */
const printed = table3.filter((path) => getCell(expected, path) !== null).length;
const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}.txt`, import.meta.url), 'utf8');

/** Table 3's cells of the text that are set: each must be the expected one. Returns how many are set. */
function table3Read(text: string, report3 = expected): number {
  const { report } = fromText(text, { validate: false });
  let set = 0;
  for (const path of listCellPaths(report3).filter((p) => p.startsWith('applications.'))) {
    const cell = getCell(report, path);
    if (cell === null) continue;
    set++;
    expect([path, cell]).toEqual([path, getCell(report3, path)]);
  }
  return set;
}

describe("PyMuPDF's text sorted by the blocks' bottoms", () => {
  const sorted = fixture('2021-pingtan-zone.pymupdf-sorted');

  it('prints the figures of a row whose label wraps before that label', () => {
    expect(sorted).toContain('\n64\n0\n0\n2\n0\n4\n70\n一、本年新收政府信息公开申请数\n量\n0\n0\n');
  });

  it("never gives a label the next row's figures; read in the format's row order, every cell of table 3 balances", () => {
    expect(table3Read(sorted)).toBe(printed);
  });
});

describe("pypdf's text", () => {
  const joined = fixture('2021-pingtan-zone.pypdf');

  it('joins the lines of the header’s narrow cells across cells and runs each row’s figures together', () => {
    expect(joined).toContain('\n业科研机\n构社会公\n');
    expect(joined).toContain('\n量640020470\n');
  });

  it('reads the header’s joined pieces as the columns’ labels, and every cell of table 3 by its identities', () => {
    expect(table3Read(joined)).toBe(printed);
  });

  it("takes the pages' numbers glued to the start of their first lines (`-4-3.补正后…`) off them", () => {
    const hongze = fixture('2024-huaian-hongze-district.pypdf');
    expect(hongze).toContain('\n-4-2.没有现成信息需要另行制作1000001\n');
    const report = expectedOf('2024-huaian-hongze-district');
    const cells = listCellPaths(report).filter((path) => path.startsWith('applications.') && getCell(report, path) !== null);
    expect(table3Read(hongze, report)).toBe(cells.length);
  });
});
