import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getCell, listCellPaths } from '@disclosure/core';
import { fromPdf, pdfToLayout, readLayout, type Layout } from '@disclosure/parser';
import { corpusCases } from './corpus.ts';

/**
 * A web page printed to PDF by LibreOffice (see fixtures/README.md): table 4 is wider than the page, and the page's
 * right margin cuts off its last column, `复议后起诉`'s `总计`, header and figure alike. Its narrow cells stand so
 * close that a header line's four labels make one field (`结果结果其他尚未`), and two figures of neighbouring cells
 * nearly touch (`178` `37`).
 */
const huaian = corpusCases().find((c) => c.name === '2024-huaian-city')!.expected;
const bytes = new Uint8Array(readFileSync(new URL('fixtures/2024-huaian-city.office-page.pdf', import.meta.url)));
const review = listCellPaths(huaian).filter((path) => path.startsWith('reviewAndLitigation.'));
const clipped = 'reviewAndLitigation.litigationAfterReview.total';

describe('table 4 wider than the page, cut at its right margin', () => {
  it('gives the parts of a field that runs neighbouring narrow cells together', async () => {
    const layout = await pdfToLayout(bytes);
    const header = layout.lines.flatMap((line) => line.fields).find((field) => field.text === '结果结果其他尚未')!;
    expect(header.parts?.map((part) => part.text)).toEqual(['结果', '结果', '其他', '尚未']);
    const touching = layout.lines.flatMap((line) => line.fields).find((field) => field.text === '17837')!;
    expect(touching.parts?.map((part) => part.text)).toEqual(['178', '37']);
  });

  it('reads every column the page shows, and leaves the one cut off unread with a diagnostic', async () => {
    const { report, readings, diagnostics } = await fromPdf(bytes, { validate: false });
    for (const path of review.filter((path) => path !== clipped)) expect([path, getCell(report, path)]).toEqual([path, getCell(huaian, path)]);
    expect(getCell(report, clipped)).toBeNull();
    expect(readings[clipped]).toEqual({ how: 'unread', candidates: [] });
    const missing = diagnostics.find((d) => d.rule === 'parser/missing-column');
    expect(missing?.paths).toEqual([clipped]);
    expect(missing?.severity).toBe('warning');
  });

  it('places nothing under the columns where the row prints digits that read as no figure', async () => {
    // two figures run together past what one figure can be (`72` `64178` as `7264178999999999`): a cell nobody read
    const layout = await pdfToLayout(bytes);
    const data = layout.lines.findIndex((line) => line.fields.map((field) => field.text).join(' ').startsWith('72 64 17837'));
    expect(data).toBeGreaterThan(0);
    const line = layout.lines[data]!;
    const [first, second, ...rest] = line.fields;
    const runTogether = { ...first!, text: '7264178999999999', x: [first!.x![0], second!.x![1]] as const };
    const broken: Layout = { ...layout, lines: layout.lines.map((other, i) => (i === data ? { ...line, fields: [runTogether, ...rest] } : other)) };
    const { report, readings } = readLayout(broken, { validate: false });
    for (const path of review) {
      expect([path, getCell(report, path)]).toEqual([path, null]);
      expect([path, readings[path]?.how]).toEqual([path, 'unread']);
    }
  });

  it("reads table 3 with an error by its rows' places on the page, and finds the error", async () => {
    // 予以公开's 自然人 printed 1289 for 1288: T3.R2 and T3.R3 fail, so the identities cannot vouch for the row order's
    // reading of rows whose labels the print runs together; each row's figures standing in the same columns do
    const layout = await pdfToLayout(bytes);
    const at = layout.lines.findIndex((line) => line.fields.some((field) => field.text.endsWith('予以公开1288')));
    const line = layout.lines[at]!;
    const edit = (fields: Layout['lines'][number]['fields']): Layout => ({ ...layout, lines: layout.lines.map((other, i) => (i === at ? { ...line, fields } : other)) });
    const wrong = edit(line.fields.map((field) => (field.text.endsWith('予以公开1288') ? { ...field, text: field.text.replace('1288', '1289') } : field)));
    const { report, coverage, diagnostics } = readLayout(wrong);
    expect(coverage.unreadPaths).toEqual([clipped]);
    expect(report.tables.applications.granted).toEqual({ ...huaian.tables.applications.granted, naturalPerson: 1289 });
    expect(diagnostics.filter((d) => d.status === 'fail' && d.rule.startsWith('T3.')).map((d) => d.rule).sort()).toEqual(['T3.R2', 'T3.R3']);
    // 商业企业's 21 gone (a blank) and a footnote mark `2` beside 1289: seven figures, but not in the others' columns
    const [labelled, , ...rest] = line.fields;
    const mark = { ...labelled!, text: '2', x: [labelled!.x![1] + 1, labelled!.x![1] + 4] as const };
    const marked = readLayout(edit([{ ...labelled!, text: labelled!.text.replace('1288', '1289') }, mark, ...rest]), { validate: false });
    expect(marked.report.tables.applications.granted.naturalPerson).toBeNull();
  });

  it('reads the rest of the report as printed', async () => {
    const { report, coverage } = await fromPdf(bytes, { validate: false });
    expect(coverage.unreadPaths).toEqual([clipped]);
    for (const path of listCellPaths(huaian)) expect([path, getCell(report, path)]).toEqual([path, path === clipped ? null : getCell(huaian, path)]);
  });
});
