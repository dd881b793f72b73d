import { describe, expect, it } from 'vitest';
import * as ocr from './index.ts';

describe('@disclosure/ocr public API', () => {
  it('exports exactly these runtime names', () => {
    expect(Object.keys(ocr).sort()).toEqual(['createOcr', 'decodeImage', 'detectImageKind']);
  });
});
