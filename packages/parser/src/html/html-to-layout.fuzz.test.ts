import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToLayout } from './html-to-layout.ts';

/** Markup built from the pieces tables are made of, in any order, closed or not. */
const piece = fc.constantFrom(
  '<table>', '</table>', '<tr>', '</tr>', '<td>', '</td>', '<th colspan="3">', '<td rowspan="0">', '<td rowspan="99">',
  '<td colspan="-2">', '<td colspan="5000">', '<tbody>', '</tbody>', '<p>', '</p>', '<br>', '<div>', '</div>', '<pre>',
  '&nbsp;', '一、总体情况', '12', '<caption>', '<script>', '</script>', '<font>', '<td style="display:none">',
);

describe('htmlToLayout on arbitrary markup', () => {
  it('returns a layout whose table fields all carry a column, and never throws', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 5 })), { maxLength: 200 }), (pieces) => {
        const layout = htmlToLayout(pieces.join(''));
        for (const line of layout.lines) {
          for (const field of line.fields) {
            if (line.table !== undefined) expect(field.column).toBeGreaterThanOrEqual(0);
            expect(field.text).toBe(field.text.trim());
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => void htmlToLayout(bytes)), { numRuns: 200 });
  });
});
