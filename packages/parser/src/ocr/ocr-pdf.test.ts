import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Line } from '../layout/layout.ts';
import type { OcrEngine, PageImage } from '../ocr-engine.ts';
import { parse } from '../parse.ts';

const noText = new Uint8Array(readFileSync(new URL('../pdf/__fixtures__/no-text.pdf', import.meta.url)));

/** An engine that records the pages it is given and reads each as one line. */
function fakeEngine(): OcrEngine & { pages: PageImage[]; counts: Array<number | undefined> } {
  const pages: PageImage[] = [];
  const counts: Array<number | undefined> = [];
  return {
    dpi: 100,
    pages,
    counts,
    async readPage(image, page, count): Promise<Line[]> {
      pages.push(image);
      counts.push(count);
      const place = { kind: 'pdf', page, bbox: [0, 0, 10, 10] } as const;
      return [{ fields: [{ text: '一、总体情况', place }], place, page }];
    },
    async readImage(bytes) {
      return bytes[0] === 0xff ? [] : null;
    },
  };
}

describe('parse with an OCR engine', () => {
  it('hands the pages of a PDF without a text layer to the engine, rendered at its resolution', async () => {
    const ocr = fakeEngine();
    const { report } = await parse(noText, { ocr });
    expect(ocr.pages.length).toBeGreaterThan(0);
    const page = ocr.pages[0]!;
    expect(page.dpi).toBe(100);
    expect(page.rgba).toHaveLength(page.width * page.height * 4);
    expect(report.sections.overview?.title ?? '').toContain('总体情况');
  });

  it('still throws NEEDS_OCR without one, and NOT_A_DOCUMENT for bytes the engine does not take', async () => {
    await expect(parse(noText)).rejects.toMatchObject({ code: 'NEEDS_OCR' });
    await expect(parse(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), { ocr: fakeEngine() })).rejects.toMatchObject({ code: 'NOT_A_DOCUMENT' });
  });

  it('renders pages opaque, the paper white', async () => {
    const ocr = fakeEngine();
    await parse(noText, { ocr });
    const rgba = ocr.pages[0]!.rgba;
    expect(rgba.filter((_, i) => i % 4 === 3).every((alpha) => alpha === 255)).toBe(true);
    expect([...rgba.subarray(0, 4)]).toEqual([255, 255, 255, 255]);
  });

  it('tells the engine how many pages the document has', async () => {
    const ocr = fakeEngine();
    await parse(noText, { ocr });
    expect(ocr.counts.length).toBeGreaterThan(0);
    expect(ocr.counts).toEqual(ocr.pages.map(() => ocr.pages.length));
  });

  it('tells an engine that prepares how many pages are coming before it draws the first', async () => {
    const ocr = fakeEngine();
    const prepared: Array<[number, number]> = [];
    const { report } = await parse(noText, { ocr: { ...ocr, prepare: (pages) => prepared.push([pages, ocr.pages.length]) } });
    expect(prepared).toEqual([[ocr.pages.length, 0]]);
    expect(report.sections.overview?.title ?? '').toContain('总体情况');
  });

  it('hands every page at once to an engine that reads pages together', async () => {
    const { readPage, ...engine } = fakeEngine();
    const batches: PageImage[][] = [];
    const ocr: OcrEngine = {
      ...engine,
      readPage: () => Promise.reject(new Error('readPages is there')),
      async readPages(images) {
        batches.push([...images]);
        return Promise.all(images.map((image, index) => readPage(image, index + 1, images.length)));
      },
    };
    const { report } = await parse(noText, { ocr });
    expect(batches).toHaveLength(1);
    expect(batches[0]!.length).toBe(engine.pages.length);
    expect(report.sections.overview?.title ?? '').toContain('总体情况');
  });
});
