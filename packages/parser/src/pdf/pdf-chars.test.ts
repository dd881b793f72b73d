import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPdfPages } from './pdf-chars.ts';

const corpus = (name: string) => new Uint8Array(readFileSync(new URL(`../../../../fixtures/corpus/${name}.pdf`, import.meta.url)));

describe('readPdfPages', () => {
  it('reads each page into the arrays of the page before while they are long enough', async () => {
    const arrays: Uint32Array[] = [];
    await readPdfPages(corpus('2024-huaian-city'), {}, (page) => arrays.push(page.code));
    // PDFium counts 566 characters on page 1 and 772 on page 2, which pages 3 to 6 do not pass.
    expect(arrays).toHaveLength(6);
    expect(new Set(arrays).size).toBe(2);
  });
});
