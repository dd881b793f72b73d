import { describe, expect, test } from 'vitest';
import { isBlank } from './is-blank.ts';

describe('isBlank', () => {
  test('is true exactly for the code units \\s matches', () => {
    for (let code = 0; code <= 0xffff; code++) expect(isBlank(code), code.toString(16)).toBe(/\s/u.test(String.fromCharCode(code)));
  });
});
