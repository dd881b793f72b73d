import { describe, expect, it } from 'vitest';
import { getCell, listCellPaths, setCell, type Report } from '@disclosure/core';
import { fromText } from '@disclosure/parser';
import { corpusCases } from './corpus.ts';
import { writeText } from './write-text.ts';

/**
 * Figures wider than their narrow cells wrap (`9999` over `8`), and text without places gives the parts as two
 * figures: on the next line beside the rest of the row's label, side by side on one line, or on lines of their own.
 * None of these may read as cells.
 */
const city = corpusCases().find((c) => c.name === '2024-huaian-city')!.expected;

function read(text: string) {
  return fromText(text, { validate: false });
}

/** Every cell of `report` that is set is `expected`'s; returns the cells left unread. */
function unreadWhereNotExact(report: Report, expected: Report, under: string): string[] {
  const unread: string[] = [];
  for (const path of listCellPaths(expected).filter((p) => p.startsWith(under))) {
    const cell = getCell(report, path);
    if (cell === null && getCell(expected, path) !== null) unread.push(path);
    else expect(cell, path).toBe(getCell(expected, path));
  }
  return unread;
}

const row = 'applications.notProcessed.complaintOrPetition';

describe('figures wrapped in narrow cells, in text without places', () => {
  it("never reads a row's figures when more stand on its next line beside the rest of its label", () => {
    // 1.信访举报投诉类申请 56 6 0 0 0 0 62, its label and 56 and 62 wrapped in their cells (`pdftotext -layout`)
    const text = writeText(city).replace(/^1\.信访举报投诉类申请\t56\t6\t0\t0\t0\t0\t62$/mu, '1.信访举报投诉类   5 6 0 0 0 0   6\n申请              6             2');
    expect(text).toContain('申请              6');
    const { report, diagnostics } = read(text);
    expect(Object.values(report.tables.applications.notProcessed.complaintOrPetition)).toEqual([null, null, null, null, null, null, null]);
    expect(diagnostics.some((d) => d.rule === 'parser/ambiguous-row' && d.paths.includes(`${row}.naturalPerson`) && d.messageEn.includes('wrapped'))).toBe(true);
    expect(unreadWhereNotExact(report, city, 'applications.')).toEqual(listCellPaths(city).filter((p) => p.startsWith(`${row}.`) && getCell(city, p) !== null));
  });

  it('still reads a row whose wrapped label has no figures on its second line', () => {
    const text = writeText(city).replace(/^1\.信访举报投诉类申请\t(.*)$/mu, (_, cells: string) => `1.信访举报投诉类 ${cells.replaceAll('\t', ' ')}\n申请`);
    const { report } = read(text);
    expect(unreadWhereNotExact(report, city, 'applications.')).toEqual([]);
  });

  it("never counts a row's figures under a header that prints a column the format lacks (小计)", () => {
    // Table 3 with a 小计 of the five legal persons before 总计, a space between cells; 总计 of （一） printed blank: its
    // seven figures would read the 小计 as 总计.
    const blank = structuredClone(city);
    setCell(blank, 'applications.granted.total', null);
    setCell(blank, 'activeDisclosure.art20Item1.normativeDocuments.currentlyValid', 660);
    const legal = ['commercialEnterprise', 'researchInstitution', 'socialWelfareOrganization', 'legalServiceInstitution', 'otherOrganization'];
    const withHeader = (report: Report, last: string) => {
      const lines = writeText(report).split('\n');
      lines.splice(lines.findIndex((line) => line.includes('申请人情况')) + 1, 0, '自然人 法人或其他组织 总计', `商业企业 科研机构 社会公益组织 法律服务机构 ${last}`);
      return lines;
    };
    const withSubtotal = withHeader(blank, '其他 小计').map((line) => {
      const cells = line.split('\t');
      if (cells.length !== 8 || !/^\d+$/u.test(cells[1]!)) return line;
      const subtotal = legal.reduce((sum, _, i) => sum + Number(cells[i + 2]), 0);
      return [...cells.slice(0, 7), String(subtotal), cells[7]].join(' ').trimEnd();
    });
    const { report, diagnostics } = read(withSubtotal.join('\n').replace('行政规范性文件\t8\t26\t660', '行政规范性文件 8 26 660'));
    expect(getCell(report, 'applications.granted.total')).toBeNull();
    // the 小计's figure, one more than the cells, is no sign of figures wrapped: table 2's row of three figures stands
    expect(getCell(report, 'activeDisclosure.art20Item1.normativeDocuments.currentlyValid')).toBe(660);
    expect(getCell(report, 'applications.granted.otherOrganization')).toBeNull();
    expect(unreadWhereNotExact(report, blank, 'applications.').length).toBeGreaterThan(0);
    expect(diagnostics.some((d) => d.rule === 'parser/ambiguous-row' && d.messageEn.includes('column the format lacks'))).toBe(true);
    // The same text without 小计 reads every cell.
    const plain = withHeader(city, '其他').map((line) => (line.split('\t').length === 8 ? line.replaceAll('\t', ' ') : line));
    expect(unreadWhereNotExact(read(plain.join('\n')).report, city, 'applications.')).toEqual([]);
  });
});

describe("a row of text that does not balance, read by its count of figures", () => {
  // 一、本年新收… 3001 53 0 0 61 4 with its total misprinted 3120: a real report's error, in text without places
  const unbalanced = (text: string) => text.replace(/^(一、本年新收[^\t]*)\t3001\t53\t0\t0\t61\t4\t3119$/mu, '$1 3001 53 0 0 61 4 3120');
  const wrappedBelow = (text: string) => text.replace(/^1\.信访举报投诉类申请\t56\t6\t0\t0\t0\t0\t62$/mu, '1.信访举报投诉类   5 6 0 0 0 0   6\n申请              6             2');

  it('keeps its finding where no table shows figures wrapped', () => {
    const text = unbalanced(writeText(city));
    expect(text).toContain('3001 53 0 0 61 4 3120');
    const { report, diagnostics } = fromText(text);
    expect(getCell(report, 'applications.newlyReceived.total')).toBe(3120);
    expect(diagnostics.some((d) => d.rule === 'T3.R3' && d.status === 'fail' && d.paths.includes('applications.newlyReceived.total'))).toBe(true);
  });

  it('is withdrawn where the text shows figures wrapped: 3001 may be 300 and 1 of a wrapped figure', () => {
    const { report } = read(wrappedBelow(unbalanced(writeText(city))));
    expect(Object.values(report.tables.applications.newlyReceived)).toEqual([null, null, null, null, null, null, null]);
    // a row whose total balances stands
    expect(getCell(report, 'applications.granted.total')).toBe(getCell(city, 'applications.granted.total'));
  });
});

describe("table 2's figures wrapped in narrow cells", () => {
  // 行政规范性文件 issued blank, repealed 2600: printed side by side `260 0` beside the blank, three figures for three
  // cells. Table 2 has no identity to tell; only another table's text can show that figures wrap.
  const wide = structuredClone(city);
  setCell(wide, 'activeDisclosure.art20Item1.normativeDocuments.issuedThisYear', null);
  setCell(wide, 'activeDisclosure.art20Item1.normativeDocuments.repealedThisYear', 2600);
  const sideBySide = (text: string) => text.replace(/^行政规范性文件\t\t2600\t66$/mu, '行政规范性文件 260 0 66');
  const wrappedBelow = (text: string) => text.replace(/^1\.信访举报投诉类申请\t56\t6\t0\t0\t0\t0\t62$/mu, '1.信访举报投诉类   5 6 0 0 0 0   6\n申请              6             2');

  it("never reads such a row by its count when table 3's text shows figures wrapped", () => {
    const text = wrappedBelow(sideBySide(writeText(wide)));
    expect(text).toContain('行政规范性文件 260 0 66');
    const { report, diagnostics } = read(text);
    expect(Object.values(report.tables.activeDisclosure.art20Item1.normativeDocuments)).toEqual([null, null, null]);
    expect(diagnostics.some((d) => d.paths.includes('activeDisclosure.art20Item1.normativeDocuments.repealedThisYear') && d.messageEn.includes('wrapped'))).toBe(true);
    // rows of one cell stand: a figure wrapped there would print two
    expect(getCell(report, 'activeDisclosure.art20Item5.administrativeLicensing.decisionsThisYear')).toBe(447228);
  });
});

describe("table 4's figures wrapped in narrow cells", () => {
  const review = 'reviewAndLitigation.administrativeReview';
  /** 行政复议's 其他结果 as 1780 (its total 2024) and the total printed blank. */
  const wide = structuredClone(city);
  setCell(wide, `${review}.otherOutcome`, 1780);
  setCell(wide, `${review}.total`, null);

  it('never reads a line of fifteen figures in which a wrapped figure stands as two, beside a blank', () => {
    // `178 0` for 1780: with the blank total the line still prints fifteen figures
    const text = writeText(wide).replace(/^72\t64\t1780\t37\t\t(.*)$/mu, (_, rest: string) => `72 64 178 0 37 ${rest.replaceAll('\t', ' ')}`);
    expect(text).toContain('72 64 178 0 37 13');
    const { report } = read(text);
    expect(Object.values(report.tables.reviewAndLitigation.administrativeReview)).toEqual([null, null, null, null, null]);
  });

  it('reads such a line when every group balances in its order', () => {
    const text = writeText(city).replace(/^(72\t64\t178.*)$/mu, (line: string) => line.replaceAll('\t', ' '));
    expect(text).toContain('72 64 178 37 351 13');
    expect(unreadWhereNotExact(read(text).report, city, 'reviewAndLitigation.')).toEqual([]);
  });

  it('never proves from figures on lines of their own that the table does not balance when one may be wrapped', () => {
    // one figure per line (a PDF viewer's text), 1780 wrapped as 178 over 0: fifteen figures that no order balances
    const text = writeText(wide).replace(/^72\t64\t1780\t37\t\t(.*)$/mu, (_, rest: string) => ['72', '64', '178', '0', '37', ...rest.split('\t')].join('\n'));
    expect(text).toMatch(/^72\n64\n178\n0\n37\n13\n/mu);
    const { diagnostics, report } = fromText(text);
    expect(Object.values(report.tables.reviewAndLitigation.administrativeReview)).toEqual([null, null, null, null, null]);
    expect(diagnostics.filter((d) => d.rule === 'T4.R1' && d.status === 'fail')).toEqual([]);
  });
});
