import { readFileSync } from 'node:fs';
import * as CFB from 'cfb';
import { describe, expect, it } from 'vitest';
import { docToLayout } from './doc-to-layout.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url)));

describe('docToLayout on a Word 97 document saved by LibreOffice', () => {
  it('places table 3 cells on the grid drawn by the rows’ cell edges, merged cells spanning', () => {
    const layout = docToLayout(fixture('2024-huaian-city.word97.doc'));
    const row = (label: string) => layout.lines.find((line) => line.fields.some((f) => f.text === label))!;
    expect(row('2.其他法律行政法规禁止公开').fields.map((f) => [f.column, f.text])).toEqual([
      [2, '2.其他法律行政法规禁止公开'], [3, '30'], [4, '1'], [5, '0'], [6, '0'], [7, '0'], [8, '0'], [9, '31'],
    ]);
    expect(row('（七）总计').fields[0]).toMatchObject({ column: 1, span: 2 });
    expect(row('行政复议').fields.map((f) => [f.column, f.span])).toEqual([[0, 5], [5, 10]]);
    expect(layout.lines[0]).toMatchObject({ fields: [{ text: '淮安市人民政府2024年政府信息公开工作年度报告' }] });
  });

  it('throws a ParseError for a compound file without a Word document and for a cut one', () => {
    const other = CFB.utils.cfb_new();
    CFB.utils.cfb_add(other, 'Workbook', new Uint8Array(600));
    expect(() => docToLayout(new Uint8Array(CFB.write(other, { type: 'buffer' }) as Uint8Array))).toThrow(
      expect.objectContaining({ code: 'NOT_A_DOCUMENT' }),
    );
    const doc = fixture('2020-yueqing-xianxi-town.word97.doc');
    expect(() => docToLayout(doc.subarray(0, 2000))).toThrow(expect.objectContaining({ name: 'ParseError' }));
  });
});
