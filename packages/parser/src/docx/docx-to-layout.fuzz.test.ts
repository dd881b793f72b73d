import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../errors.ts';
import { docxToLayout } from './docx-to-layout.ts';

function survives(bytes: Uint8Array): void {
  try {
    docxToLayout(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(ParseError);
  }
}

describe('docxToLayout on damaged input throws only a ParseError', () => {
  it('on a real DOCX with bytes flipped or cut off', async () => {
    const cell = (text: string, rowSpan = 1): TableCell => new TableCell({ rowSpan, children: [new Paragraph(text)] });
    const document = new Document({
      sections: [{ children: [new Paragraph('一、总体情况'), new Table({ rows: [new TableRow({ children: [cell('a', 2), cell('1')] }), new TableRow({ children: [cell('2')] })] })] }],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(document));
    fc.assert(
      fc.property(fc.nat(bytes.length - 1), fc.integer({ min: 0, max: 255 }), fc.boolean(), (at, value, cut) => {
        const damaged = cut ? bytes.slice(0, at) : bytes.slice();
        if (!cut) damaged[at] = value;
        survives(damaged);
      }),
      { numRuns: 300 },
    );
  });

  it('on arbitrary XML as word/document.xml', () => {
    const tag = fc.constantFrom('<w:tbl>', '</w:tbl>', '<w:tr>', '</w:tr>', '<w:tc>', '</w:tc>', '<w:p>', '</w:p>', '<w:t>', '</w:t>',
      '<w:vMerge/>', '<w:vMerge w:val="restart"/>', '<w:gridSpan w:val="x"/>', '<w:tcPr>', '</w:tcPr>', '<w:br/>', '规章', '3');
    fc.assert(
      fc.property(fc.array(tag, { maxLength: 150 }), (tags) => {
        const xml = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${tags.join('')}</w:body></w:document>`;
        survives(zipSync({ 'word/document.xml': strToU8(xml) }));
      }),
      { numRuns: 300 },
    );
  });
});
