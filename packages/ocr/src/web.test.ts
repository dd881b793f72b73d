import { describe, expect, it } from 'vitest';
import * as web from './web.ts';

describe('@disclosure/ocr/web public API', () => {
  it('exports exactly these runtime names', () => {
    expect(Object.keys(web).sort()).toEqual(['createOcr', 'decodeImage', 'detectImageKind']);
  });
});
