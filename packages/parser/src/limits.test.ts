import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPages, checkSize, defaultMaxBytes, defaultMaxPages } from './limits.ts';
import { parse } from './parse.ts';

const corpus = (name: string) => new Uint8Array(readFileSync(new URL(`../../../fixtures/corpus/${name}`, import.meta.url)));

describe('limits', () => {
  it('has one documented default per limit', () => {
    expect(defaultMaxBytes).toBe(50 * 1024 * 1024);
    expect(defaultMaxPages).toBe(500);
    expect(() => checkSize(defaultMaxBytes)).not.toThrow();
    expect(() => checkSize(defaultMaxBytes + 1)).toThrow(expect.objectContaining({ code: 'TOO_LARGE' }));
    expect(() => checkPages(defaultMaxPages + 1)).toThrow(expect.objectContaining({ code: 'TOO_MANY_PAGES' }));
  });

  it('applies maxBytes to every kind of input through parse', async () => {
    const text = corpus('2020-yueqing-xianxi-town.txt');
    for (const kind of ['text', 'html', 'docx', 'pdf'] as const) {
      await expect(parse(text, { kind, maxBytes: 100 })).rejects.toMatchObject({ code: 'TOO_LARGE' });
    }
  });

  it('applies maxPages to a PDF through parse', async () => {
    const pdf = corpus('2024-huaian-city.pdf');
    await expect(parse(pdf, { maxPages: 5 })).rejects.toMatchObject({ code: 'TOO_MANY_PAGES' });
    await expect(parse(pdf, { maxPages: 6 })).resolves.toHaveProperty('report');
  });
});
