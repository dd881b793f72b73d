import { expect, test } from 'vitest';
import * as api from './index.ts';

test('the public API is `run` alone', () => {
  expect(Object.keys(api).sort()).toEqual(['run']);
});
