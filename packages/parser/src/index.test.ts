import { describe, expect, it } from 'vitest';
import * as parser from './index.ts';

describe('@disclosure/parser public API', () => {
  it('exports exactly these runtime names', () => {
    expect(Object.keys(parser).sort()).toEqual([
      'ParseError',
      'detectKind',
      'fromDoc',
      'fromDocx',
      'fromHtml',
      'fromPdf',
      'fromText',
      'loadPdfium',
      'parse',
    ]);
  });
});
