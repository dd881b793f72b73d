import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../errors.ts';
import { docToLayout } from './doc-to-layout.ts';

describe('docToLayout on damaged input throws only a ParseError', () => {
  it('on a real Word 97 document with bytes flipped or cut off', () => {
    const bytes = new Uint8Array(readFileSync(new URL('../../test/fixtures/2020-yueqing-xianxi-town.word97.doc', import.meta.url)));
    fc.assert(
      fc.property(fc.nat(bytes.length - 1), fc.integer({ min: 0, max: 255 }), fc.boolean(), (at, value, cut) => {
        const damaged = cut ? bytes.slice(0, at) : bytes.slice();
        if (!cut) damaged[at] = value;
        try {
          docToLayout(damaged);
        } catch (error) {
          expect(error).toBeInstanceOf(ParseError);
        }
      }),
      { numRuns: 150 },
    );
  });
});
