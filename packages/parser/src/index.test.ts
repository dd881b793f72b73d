import { describe, expect, it } from 'vitest';
import * as parser from './index.ts';

describe('@disclosure/parser public API', () => {
  it('exports exactly these runtime names', () => {
    expect(Object.keys(parser).sort()).toEqual([
      'ParseError',
      'compilePdfium',
      'decodeHtml',
      'decodeText',
      'detectKind',
      'docxToLayout',
      'fromDoc',
      'fromDocx',
      'fromHtml',
      'fromPdf',
      'fromText',
      'htmlToLayout',
      'loadPdfium',
      'parse',
      'pdfToLayout',
      'readLayout',
      'textToLayout',
    ]);
  });
});
