import * as CFB from 'cfb';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parse } from '../parse.ts';
import { nameOfficeFormat } from './name-office-format.ts';

function compoundFile(...streams: string[]): Uint8Array {
  const container = CFB.utils.cfb_new();
  for (const name of streams) CFB.utils.cfb_add(container, name, new Uint8Array(600));
  return new Uint8Array(CFB.write(container, { type: 'buffer' }) as Uint8Array);
}

describe('nameOfficeFormat', () => {
  it('names the office formats the parser does not read', () => {
    expect(nameOfficeFormat(compoundFile('CONTENTS', 'MatOST', 'SPELLING'))).toBe('Microsoft Works document (.wps)');
    expect(nameOfficeFormat(compoundFile('Workbook'))).toBe('Excel 97–2003 workbook (.xls)');
    expect(nameOfficeFormat(compoundFile('PowerPoint Document'))).toBe('PowerPoint 97–2003 presentation (.ppt)');
    expect(nameOfficeFormat(compoundFile('Something'))).toMatch(/^OLE compound file/u);
    expect(nameOfficeFormat(zipSync({ 'xl/workbook.xml': strToU8('<x/>') }))).toBe('Excel workbook (.xlsx)');
    expect(nameOfficeFormat(zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.text'), 'content.xml': strToU8('<x/>') }))).toMatch(/OpenDocument/u);
    expect(nameOfficeFormat(strToU8('{\\rtf1\\ansi 一、总体情况}'))).toBe('Rich Text Format document (.rtf)');
    expect(nameOfficeFormat(strToU8('一、总体情况'))).toBeNull();
  });

  it('makes parse throw UNSUPPORTED_KIND naming the format', async () => {
    await expect(parse(compoundFile('CONTENTS', 'MatOST'))).rejects.toMatchObject({
      name: 'ParseError',
      code: 'UNSUPPORTED_KIND',
      message: expect.stringContaining('Microsoft Works document (.wps)'),
    });
  });
});
