import { describe, expect, it } from 'vitest';
import { Budget } from '../budget.ts';
import type { OcrEngine } from '../ocr-engine.ts';
import { parse } from '../parse.ts';
import { timedOcr } from './timed-ocr.ts';

/** An engine whose recognition of an image (bytes starting 0xff) takes `ms` and finds one line. */
function slowEngine(ms: number): OcrEngine {
  const place = { kind: 'pdf', page: 1, bbox: [0, 0, 10, 10] } as const;
  return {
    dpi: 100,
    readPage: async () => [],
    readImage: async (bytes) => {
      await new Promise((resolve) => setTimeout(resolve, ms));
      return bytes[0] === 0xff ? [{ fields: [{ text: '一、总体情况', place }], place, page: 1 }] : null;
    },
  };
}

describe('timedOcr', () => {
  it("gives the engine's time back to the budget: its clock counts only the parser's work", async () => {
    const budget = new Budget({ timeoutMs: 50 });
    await timedOcr(slowEngine(150), budget).readImage(new Uint8Array([0xff]));
    expect(() => budget.spend(0)).not.toThrow();
    const untimed = new Budget({ timeoutMs: 50 });
    await slowEngine(150).readImage(new Uint8Array([0xff]));
    expect(() => untimed.spend(0)).toThrow(expect.objectContaining({ code: 'TIMEOUT' }));
  });

  it('leaves a timeoutMs the caller gave counting everything, recognition too', async () => {
    const image = new Uint8Array([0xff, 0xd8, 0xff, 0xe0]);
    await expect(parse(image, { ocr: slowEngine(150), timeoutMs: 50 })).rejects.toMatchObject({ code: 'TIMEOUT' });
    const { report } = await parse(image, { ocr: slowEngine(150) });
    expect(report.sections.overview?.title ?? '').toContain('总体情况');
  });
});
