import { describe, expect, it } from 'vitest';
import { getCell, listCellPaths } from '@disclosure/core';
import { fromText } from '@disclosure/parser';
import { corpusCases } from './corpus.ts';
import { writeText } from './write-text.ts';

/**
 * A web page exported to PDF by an office program cuts a row at a page break: its figures beside the part of its
 * label before the break, the rest of the label after the header printed again on the next page, and then the next
 * row's label, its figures beside its first line. The label text before those figures ends with the cut row's rest:
 * they must never be read as the cut row's.
 */
const pingtan = corpusCases().find((c) => c.name === '2025-pingtan-zone')!.expected;
/** 2025 平潭 as `pdftotext -layout` gives it: cells apart by two spaces. */
const spaced = writeText(pingtan).replaceAll('\t', '  ');
const header = spaced.match(/^（本列数据的勾稽关系为[^\n]*\n[^\n]*\n[^\n]*\n/mu)![0];

/** Every cell under `under` is the expected one or unread; returns the unread ones. */
function unreadWhereNotExact(text: string, under: string): string[] {
  const { report } = fromText(text, { validate: false });
  const unread: string[] = [];
  for (const path of listCellPaths(pingtan).filter((p) => p.startsWith(under))) {
    if (getCell(report, path) === null) unread.push(path);
    else expect(getCell(report, path), path).toBe(getCell(pingtan, path));
  }
  return unread;
}

describe('rows cut by a page break, their header printed again', () => {
  it('never reads the next row’s figures, beside its label’s first line, as the cut row’s', () => {
    const rows = spaced.match(/^1\.申请人无正当理由[^\n]*\n2\.申请人逾期[^\n]*\n/mu)![0];
    const cut = [
      '1.申请人无  8  0  0  0  0  0  8',
      `${header}正当理由逾期不补正、行政机关不再处理其政府信息公开申请`,
      '2.申请人逾  2  0  0  0  0  0  2',
      '期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      '',
    ].join('\n');
    const unread = unreadWhereNotExact(spaced.replace(rows, cut), 'applications.otherHandling');
    // the second row's figures stand beside its own label's start
    expect(unread.filter((path) => path.includes('overdueFee'))).toEqual([]);
  });

  it('names （六） as one row and as three among the rows not found, when neither form was read', () => {
    // the three rows of （六）其他处理 lost (a page cut through them): the print may have had either form
    const text = spaced.replace(/^1\.申请人无[^\n]*\n2\.申请人逾[^\n]*\n3\.其他[^\n]*\n/mu, '');
    expect(text).not.toBe(spaced);
    const { diagnostics } = fromText(text, { validate: false });
    const missing = diagnostics.filter((d) => d.rule === 'parser/missing-row').flatMap((d) => d.paths);
    expect(missing).toContain('applications.otherHandling.naturalPerson');
    expect(missing).toContain('applications.otherHandling.overdueCorrection.naturalPerson');
  });

  it('never reads a wrapped label’s figures as those of a blank row before it (`规章` blank, `行政规范` / `性文件`)', () => {
    const text = spaced.replace(/^规章[^\n]*\n行政规范性文件[^\n]*\n/mu, '规章\n行政规范  58  45  546\n性文件\n');
    const { report } = fromText(text, { validate: false });
    expect(Object.values(report.tables.activeDisclosure.art20Item1.regulations)).toEqual([null, null, null]);
    expect(unreadWhereNotExact(text, 'activeDisclosure.art20Item1.normativeDocuments')).toEqual([]);
  });
});
