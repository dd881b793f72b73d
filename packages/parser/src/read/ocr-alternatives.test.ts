import { readFileSync } from 'node:fs';
import { getCell } from '@disclosure/core';
import { describe, expect, it } from 'vitest';
import type { Field, Layout } from '../layout/layout.ts';
import { readLayout } from '../parse-layout.ts';
import { doubtFaintBlanks } from './ocr-alternatives.ts';
import type { ValueToken } from './tokens.ts';
import { textToLayout } from '../text/text-to-layout.ts';
import { corpusCases } from '../../test/corpus.ts';
import { writeText } from '../../test/write-text.ts';

const shuyang = textToLayout(readFileSync(new URL('../../../../fixtures/corpus/2025-shuyang-county.txt', import.meta.url), 'utf8'));

/**
 * The layout as an OCR engine might have read it: in the row with a field printed `label` (its label, or a figure
 * only that row prints), the cells printed `printed` read as `read`, with the engine's doubt (`candidates`) and
 * confidence.
 */
function misread(label: string, cells: ReadonlyArray<{ printed: string; read: string; candidates?: string[] }>): Layout {
  let found = 0;
  const lines = shuyang.lines.map((line) => {
    if (!line.fields.some((field) => field.text.trim() === label)) return line;
    const fields = line.fields.map((field): Field => {
      const cell = cells.find((c) => c.printed === field.text.trim());
      if (!cell) return field;
      found++;
      return { ...field, text: cell.read, ...(cell.candidates ? { candidates: cell.candidates } : {}), ocr: { confidence: cell.read ? 0.61 : 0 } };
    });
    return { ...line, fields };
  });
  expect(found).toBe(cells.length);
  return { ...shuyang, lines };
}

/** The layout with the field printed `printed`, in the row with a field printed `label`, empty: no ink seen there. */
function blanked(layout: Layout, label: string, printed: string): Layout {
  return {
    ...layout,
    lines: layout.lines.map((line) =>
      line.fields.some((field) => field.text.trim() === label)
        ? { ...line, fields: line.fields.map((field) => (field.text.trim() === printed ? { ...field, text: '' } : field)) }
        : line,
    ),
  };
}

describe('OCR alternatives proven by the identities', () => {
  it('reads as printed when nothing was doubted', () => {
    const { report, readings } = readLayout(shuyang, { validate: false });
    expect(report.tables.applications.granted.naturalPerson).toBe(290);
    expect(readings['applications.granted.naturalPerson']).toEqual({ how: 'direct' });
  });

  it("resolves a misread digit to the printed value when only its alternative satisfies the row's total", () => {
    const { report, readings } = readLayout(misread('予以公开', [{ printed: '290', read: '299', candidates: ['290'] }]), { validate: false });
    expect(report.tables.applications.granted.naturalPerson).toBe(290);
    expect(readings['applications.granted.naturalPerson']).toEqual({ how: 'resolved', by: ['T3.R3'], excluded: [299] });
    expect(readings['applications.granted.total']).toEqual({ how: 'direct' });
  });

  it('resolves two misread cells of a row by the column identities when both readings of the row balance it', () => {
    const layout = misread('予以公开', [
      { printed: '290', read: '299', candidates: ['290'] },
      { printed: '294', read: '303', candidates: ['294'] },
    ]);
    const { report, readings } = readLayout(layout, { validate: false });
    expect(report.tables.applications.granted.naturalPerson).toBe(290);
    expect(report.tables.applications.granted.total).toBe(294);
    const reading = readings['applications.granted.total'];
    expect(reading).toMatchObject({ how: 'resolved', excluded: [303] });
    expect(reading?.how === 'resolved' && reading.by).toContain('T3.R2');
  });

  it('leaves a doubted cell null, with its candidates and a diagnostic, when no identity decides', () => {
    const { report, readings, diagnostics } = readLayout(misread('行政强制', [{ printed: '2154', read: '2154', candidates: ['2164'] }]), { validate: false });
    expect(getCell(report, 'activeDisclosure.art20Item6.administrativeCompulsion.decisionsThisYear')).toBeNull();
    expect(readings['activeDisclosure.art20Item6.administrativeCompulsion.decisionsThisYear']).toEqual({ how: 'unread', candidates: [2154, 2164] });
    const note = diagnostics.find((d) => d.paths.includes('activeDisclosure.art20Item6.administrativeCompulsion.decisionsThisYear'));
    expect(note?.messageEn).toContain('OCR read 2154, possibly 2164');
  });

  it("leaves a row unread, never as read, when a misread nobody doubted breaks the row's total", () => {
    const { report, readings, diagnostics, coverage } = readLayout(misread('予以公开', [{ printed: '290', read: '299' }]), { validate: false });
    const paths = ['naturalPerson', 'commercialEnterprise', 'total'].map((key) => `applications.granted.${key}`);
    for (const path of paths) expect(getCell(report, path)).toBeNull();
    expect(readings['applications.granted.naturalPerson']).toEqual({ how: 'unread', candidates: [299] });
    expect(readings['applications.granted.total']).toEqual({ how: 'unread', candidates: [294] });
    const note = diagnostics.find((d) => d.paths.includes('applications.granted.naturalPerson'));
    expect(note).toMatchObject({ rule: 'parser/ambiguous-row', severity: 'warning' });
    expect(note?.messageEn).toContain('the values OCR read break T3.R3');
    expect(coverage.complete).toBe(false);
  });

  it("settles table 4's OCR digits by T4.R1: a doubted digit resolved, a group no reading balances left unread", () => {
    const resolved = readLayout(misread('61', [{ printed: '27', read: '21', candidates: ['27'] }]), { validate: false });
    expect(resolved.report.tables.reviewAndLitigation.administrativeReview.upheld).toBe(27);
    expect(resolved.readings['reviewAndLitigation.administrativeReview.upheld']).toEqual({ how: 'resolved', by: ['T4.R1'], excluded: [21] });

    const broken = readLayout(misread('61', [{ printed: '61', read: '67' }]), { validate: false });
    const review = broken.report.tables.reviewAndLitigation;
    expect(Object.values(review.administrativeReview)).toEqual([null, null, null, null, null]);
    expect(broken.readings['reviewAndLitigation.administrativeReview.total']).toEqual({ how: 'unread', candidates: [67] });
    expect(review.litigationWithoutReview.upheld).toBe(3);
    expect(broken.diagnostics.some((d) => d.messageEn.includes('the values OCR read break T4.R1'))).toBe(true);
  });

  it('proves nothing by T3.R2 when a result row is missing: its values are not taken as 0', () => {
    // Both readings of 予以公开 balance the row; with 8. 属于行政查询事项 (9 … 9) not printed, the doubted reading
    // (299 … 303) would balance T3.R2 over the rows read, as if the missing row held 0.
    const doubted = misread('予以公开', [
      { printed: '290', read: '290', candidates: ['299'] },
      { printed: '294', read: '294', candidates: ['303'] },
    ]);
    const lines = doubted.lines.filter((line) => !line.fields.some((field) => field.text.includes('属于行政查询事项')));
    expect(lines).toHaveLength(doubted.lines.length - 1);
    const { report, readings, diagnostics } = readLayout({ ...doubted, lines }, { validate: false });
    expect(report.tables.applications.granted.naturalPerson).toBeNull();
    expect(report.tables.applications.granted.total).toBeNull();
    expect(readings['applications.granted.naturalPerson']).toEqual({ how: 'unread', candidates: [290, 299] });
    const missing = diagnostics.find((d) => d.rule === 'parser/missing-row');
    expect(missing?.paths).toContain('applications.denied.administrativeQuery.naturalPerson');
  });

  it('leaves a cell unread, not blank, where the engine saw no ink but the row does not balance without a figure there', () => {
    // A faint `1` lost in a 100-dpi scan: the engine saw an empty cell, and 290 + 0 + 0 + 3 + 0 is not 294.
    const faint = readLayout(blanked(misread('予以公开', [{ printed: '290', read: '290' }]), '予以公开', '1'), { validate: false });
    expect(faint.report.tables.applications.granted.commercialEnterprise).toBeNull();
    expect(faint.readings['applications.granted.commercialEnterprise']).toEqual({ how: 'unread', candidates: [] });
    expect(faint.readings['applications.granted.naturalPerson']).toEqual({ how: 'unread', candidates: [290] });
    expect(faint.diagnostics.some((d) => d.messageEn.includes('an empty cell may hold a figure too faint to see'))).toBe(true);
    expect(faint.coverage.complete).toBe(false);
    // an empty cell of a row that balances without it is printed blank
    const blank = readLayout(blanked(misread('予以公开', [{ printed: '290', read: '290' }]), '予以公开', '0'), { validate: false });
    expect(blank.readings['applications.granted.researchInstitution']).toEqual({ how: 'blank' });
    expect(blank.report.tables.applications.granted.naturalPerson).toBe(290);
    // with the total illegible the row cannot show the empty cell blank: unread too, the others as read
    const unchecked = misread('予以公开', [
      { printed: '290', read: '290' },
      { printed: '294', read: '' },
    ]);
    const open = readLayout(blanked(unchecked, '予以公开', '1'), { validate: false });
    expect(open.readings['applications.granted.commercialEnterprise']).toEqual({ how: 'unread', candidates: [] });
    expect(open.readings['applications.granted.naturalPerson']).toEqual({ how: 'direct' });
    expect(open.diagnostics.some((d) => d.paths.includes('applications.granted.commercialEnterprise') && d.messageEn.includes('saw none where its row cannot show it blank'))).toBe(true);
    // a cell with no field of its own is doubted the same way, noted where the row's figures are
    const zero: ValueToken = { kind: 'value', value: 0, printed: '0', ocr: true, run: false, place: { kind: 'pdf', page: 1, bbox: [0, 0, 9, 9] }, line: 4 };
    const unreadable: ValueToken = { kind: 'value', value: null, printed: '?', illegible: true, run: false, place: zero.place, line: 4 };
    const doubted = doubtFaintBlanks([null, zero, unreadable], new Set());
    expect(doubted[0]).toMatchObject({ value: null, printed: '?', illegible: true, place: zero.place, line: 4 });
    expect(doubtFaintBlanks([null, zero, unreadable], new Set([0]))[0]).toBeNull();
    expect(doubtFaintBlanks([null, zero, zero], new Set())[0]).toBeNull();
    // a column blank in every row is printed blank (a web page's legal-person columns), though rows then break T3.R3
    const column = shuyang.lines.map((line) => {
      const values = line.fields.slice(-7);
      if (line.fields.length < 8 || !values.every((field) => /^\d+$/u.test(field.text.trim()))) return line;
      const at = line.fields.length - 6;
      return { ...line, fields: line.fields.map((field, i) => (i === at ? { ...field, text: '' } : i === at - 1 ? { ...field, ocr: { confidence: 0.9 } } : field)) };
    });
    const printed = readLayout({ ...shuyang, lines: column }, { validate: false });
    expect(printed.readings['applications.granted.commercialEnterprise']).toEqual({ how: 'blank' });
    expect(printed.report.tables.applications.granted.naturalPerson).toBe(290);
    // table 4 in one grid row: a group's faint `72` (72 + 64 + 178 + 37 = 351) leaves the group unread, the others read
    const city = textToLayout(writeText(corpusCases().find((c) => c.name === '2024-huaian-city')!.expected));
    const lines = city.lines.map((line) =>
      line.fields[0]?.text === '72' ? { ...line, fields: line.fields.map((field, i) => (i === 0 ? { ...field, text: '' } : { ...field, ocr: { confidence: 0.9 } })) } : line,
    );
    const review = readLayout({ ...city, lines }, { validate: false });
    expect(Object.values(review.report.tables.reviewAndLitigation.administrativeReview)).toEqual([null, null, null, null, null]);
    expect(review.readings['reviewAndLitigation.administrativeReview.upheld']).toEqual({ how: 'unread', candidates: [] });
    expect(review.report.tables.reviewAndLitigation.litigationWithoutReview.upheld).toBe(13);
  });

  it('proves by the identities, or leaves unread, a figure OCR read with its row as one line, not in a ruled cell', () => {
    // A table the engine did not find (cut off at the page's edge) is read row by row across its rules, the row one
    // field of text: a digit beside a rule may be lost (`98` read `8`). Nothing checks table 2's figure: unread.
    const outside = (label: string) => ({
      ...shuyang,
      lines: shuyang.lines.map((line) => {
        if (!line.fields.some((field) => field.text.trim() === label)) return line;
        const text = line.fields.map((field) => field.text.trim()).join(' ');
        return { ...line, fields: [{ text, place: line.fields[0]!.place, ocr: { confidence: 0.85 } }] };
      }),
    });
    const { report, readings, diagnostics } = readLayout(outside('行政强制'), { validate: false });
    const path = 'activeDisclosure.art20Item6.administrativeCompulsion.decisionsThisYear';
    expect(getCell(report, path)).toBeNull();
    expect(readings[path]).toEqual({ how: 'unread', candidates: [2154] });
    expect(diagnostics.find((d) => d.paths.includes(path))?.messageEn).toContain('not alone in a ruled cell');
    // table 3's row of such text, its fields apart, balances: its total proves it
    const city = textToLayout(writeText(corpusCases().find((c) => c.name === '2024-huaian-city')!.expected));
    const apart = city.lines.map((line) =>
      line.fields[0]?.text === '（一）予以公开' ? { ...line, fields: line.fields.map((field) => ({ text: field.text, place: field.place, ocr: { confidence: 0.85 } })) } : line,
    );
    expect(apart).not.toEqual(city.lines);
    const granted = readLayout({ ...city, lines: apart }, { validate: false });
    expect(granted.report.tables.applications.granted.naturalPerson).toBe(1288);
    expect(granted.readings['applications.granted.naturalPerson']).toMatchObject({ how: 'resolved', by: expect.arrayContaining(['T3.R3']) });
  });

  it('cuts a run OCR read outside a ruled cell only where the identities vouch for the cut', () => {
    // `0 0 0 0 0 00`: printed, it can be no fewer numbers than seven, so the cut stands alone; read by OCR as one line,
    // a digit may be lost or made, and only T3.R2 over every result row proves it
    const city = textToLayout(writeText(corpusCases().find((c) => c.name === '2024-huaian-city')!.expected));
    const publication = (line: (typeof city.lines)[number]) => line.fields[0]?.text === '3.要求提供公开出版物';
    const run = (ocr: boolean) =>
      city.lines.map((line) =>
        publication(line) ? { ...line, fields: [{ text: '3.要求提供公开出版物 0 0 0 0 0 00', place: line.fields[0]!.place, ...(ocr ? { ocr: { confidence: 0.9 } } : {}) }] } : line,
      );
    // 8.属于行政查询事项 not printed: T3.R2 cannot be assessed
    const without = (lines: typeof city.lines) => lines.filter((line) => line.fields[0]?.text !== '8.属于行政查询事项');
    const path = 'applications.notProcessed.publication.total';
    expect(getCell(readLayout({ ...city, lines: without(run(false)) }, { validate: false }).report, path)).toBe(0);
    const doubted = readLayout({ ...city, lines: without(run(true)) }, { validate: false });
    expect(getCell(doubted.report, path)).toBeNull();
    expect(doubted.readings[path]).toMatchObject({ how: 'unread' });
    // every result row read: the identities vouch
    expect(getCell(readLayout({ ...city, lines: run(true) }, { validate: false }).report, path)).toBe(0);
  });

  it('leaves a cell unread, not blank, where the engine saw ink and read nothing', () => {
    const { report, readings, coverage } = readLayout(misread('予以公开', [{ printed: '1', read: '' }]), { validate: false });
    expect(report.tables.applications.granted.commercialEnterprise).toBeNull();
    expect(readings['applications.granted.commercialEnterprise']).toEqual({ how: 'unread', candidates: [] });
    expect(readings['applications.granted.naturalPerson']).toEqual({ how: 'direct' });
    expect(coverage.complete).toBe(false);
  });
});
