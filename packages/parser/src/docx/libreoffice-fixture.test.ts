import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Layout } from '../layout/layout.ts';
import { docxToLayout } from './docx-to-layout.ts';

/** One source line per JSON line, so a changed cell shows as a one-line diff. */
function toJson(layout: Layout): string {
  return `{"kind":${JSON.stringify(layout.kind)},"lines":[\n${layout.lines.map((line) => JSON.stringify(line)).join(',\n')}\n]}\n`;
}

/**
 * `fixtures/table3-libreoffice.docx` was made by LibreOffice 7 from the HTML beside it:
 * `soffice --headless --infilter="HTML (StarWriter)" --convert-to 'docx:MS Word 2007 XML' table3-libreoffice.html`.
 * Its expected Layout is the JSON beside it; regenerate on purpose with `UPDATE=1` and review the diff.
 */
describe('docxToLayout on a DOCX written by LibreOffice', () => {
  it('reads the merged table 3 header and group cells onto the grid', () => {
    const fixture = new URL('fixtures/table3-libreoffice.docx', import.meta.url);
    const expected = new URL('fixtures/table3-libreoffice.layout.json', import.meta.url);
    const layout = docxToLayout(new Uint8Array(readFileSync(fixture)));
    if (process.env['UPDATE']) writeFileSync(expected, toJson(layout));
    expect(layout).toEqual(JSON.parse(readFileSync(expected, 'utf8')));
    const row = layout.lines.find((line) => line.fields[0]?.text === '2.其他法律行政法规禁止公开');
    expect(row?.fields.map((f) => f.column)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
