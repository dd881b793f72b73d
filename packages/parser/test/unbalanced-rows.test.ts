import { describe, expect, it } from 'vitest';
import { applicantColumns, getCell, setCell, type Diagnostic, type Report } from '@disclosure/core';
import { fromText } from '@disclosure/parser';
import { corpusCases } from './corpus.ts';
import { writeText, type RowPrinter } from './write-text.ts';

/**
 * A row of table 3 whose figures stand on lines of their own (a PDF viewer's text) comes in the order the PDF drew
 * them, so its cells stay unread when that order breaks the row's total. When no order of its figures balances, the
 * published row is known not to balance all the same — and, beside the other rows read, the column identities it
 * breaks in every order too: the error a check is for is found though its cells are not read.
 */
const city = corpusCases().find((c) => c.name === '2024-huaian-city')!.expected;
const granted = 'applications.granted';

/** Table 3's rows one figure a line after their labels, 一、予以公开's total drawn first; `total` prints that total. */
function viewerText(report: Report, total: (printed: string) => string = (printed) => printed): string {
  const rows: RowPrinter = (label, cells) => {
    if (cells.length !== applicantColumns.length) return [[label, ...cells].join('\t')];
    return label.includes('予以公开') ? [label, total(cells.at(-1)!), ...cells.slice(0, -1)] : [label, ...cells];
  };
  return writeText(report, rows);
}

/** `city` with 一、予以公开's 自然人 one too many (1289 for 1288): its total, and （七）总计's, no longer its sums. */
function withError(): Report {
  const report = structuredClone(city);
  setCell(report, `${granted}.naturalPerson`, 1289);
  return report;
}

function provenBroken(diagnostics: readonly Diagnostic[], rule: string): Diagnostic[] {
  return diagnostics.filter((d) => d.rule === rule && d.status === 'fail' && d.messageEn.includes('however they are read'));
}

const grantedCells = (report: Report) => applicantColumns.map((column) => getCell(report, `${granted}.${column.key}`));

describe('a row of figures on lines of their own that balances in no order', () => {
  it('proves T3.R3 and T3.R2 broken however its figures are read, its cells unread', () => {
    const text = viewerText(withError());
    expect(text).toContain('（一）予以公开\n1362\n1289\n21\n');
    const { report, diagnostics } = fromText(text);
    expect(grantedCells(report)).toEqual([null, null, null, null, null, null, null]);
    expect(provenBroken(diagnostics, 'T3.R3').map((d) => d.paths)).toEqual([applicantColumns.map((column) => `${granted}.${column.key}`)]);
    expect(provenBroken(diagnostics, 'T3.R2')).toHaveLength(1);
    expect(provenBroken(diagnostics, 'T3.R2')[0]!.messageEn).toContain('(1362 1289 21 0 0 50 3)');
    // every other cell of table 3 is read as printed
    expect(getCell(report, 'applications.partiallyGranted.total')).toBe(454);
    expect(getCell(report, 'applications.totalProcessed.total')).toBe(3050);
  });

  it('proves nothing of a row that balances in some order: it stays open, the table without findings', () => {
    const { report, diagnostics } = fromText(viewerText(city));
    expect(grantedCells(report)).toEqual([null, null, null, null, null, null, null]);
    expect(diagnostics.filter((d) => d.status === 'fail' && /^T3\./u.test(d.rule))).toEqual([]);
  });

  it('proves nothing where a figure may be the total cut short at the page margin (136 for 1362)', () => {
    const { diagnostics } = fromText(viewerText(city, (printed) => printed.slice(0, -1)));
    expect(provenBroken(diagnostics, 'T3.R3')).toEqual([]);
    expect(provenBroken(diagnostics, 'T3.R2')).toEqual([]);
  });

  it('proves nothing beside a row not read: the row total alone does not', () => {
    // （二）部分公开 not printed at all: T3.R2 has a row not read, and cannot be assessed in any order
    const text = viewerText(withError()).replace(/^（二）部分公开.*\n447\n7\n0\n0\n0\n0\n454\n/mu, '');
    expect(text).not.toContain('部分公开');
    const { diagnostics } = fromText(text);
    expect(diagnostics.some((d) => d.rule === 'parser/missing-row' && d.paths.includes('applications.partiallyGranted.total'))).toBe(true);
    expect(provenBroken(diagnostics, 'T3.R3')).toEqual([]);
    expect(provenBroken(diagnostics, 'T3.R2')).toEqual([]);
  });

  it("proves nothing of figures that may hold a wrapped figure's two parts where the text shows wrapped figures", () => {
    // table 2's 行政规范性文件 26 and 66 wrapped in their cells, their second digits beside the rest of its label
    const text = viewerText(withError()).replace('行政规范性文件\t8\t26\t66', '行政规范性   8   2   6\n文件             6   6');
    expect(text).toContain('文件             6   6');
    const { diagnostics } = fromText(text);
    expect(provenBroken(diagnostics, 'T3.R3')).toEqual([]);
    expect(provenBroken(diagnostics, 'T3.R2')).toEqual([]);
  });
});
