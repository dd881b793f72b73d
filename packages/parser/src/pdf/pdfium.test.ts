import { readFileSync } from 'node:fs';
import { init } from '@embedpdf/pdfium';
import { describe, expect, it } from 'vitest';
import type { Line } from '../layout/layout.ts';
import { layoutPage } from './layout-page.ts';
import { readPdfPages } from './pdf-chars.ts';
import { pdfToLayout } from './pdf-to-layout.ts';
import { sharedPdfium } from './pdfium.ts';
import { viewHeap } from './pdfium-raw.ts';
import { readPdfiumWasm } from './pdfium-wasm-node.ts';

const corpus = (name: string) => new Uint8Array(readFileSync(new URL(`../../../../fixtures/corpus/${name}.pdf`, import.meta.url)));

describe('sharedPdfium', () => {
  it('initialises the engine once and reuses it', async () => {
    const first = await sharedPdfium();
    expect(await sharedPdfium()).toBe(first);
    expect(await sharedPdfium({ wasmBinary: new Uint8Array() })).toBe(first);
  });

  it('reads the .wasm that ships in @embedpdf/pdfium', async () => {
    const wasm = await readPdfiumWasm();
    expect([...wasm.subarray(0, 4)]).toEqual([0x00, 0x61, 0x73, 0x6d]); // \0asm
  });

  it('uses an engine the caller initialised from its own wasmBinary', async () => {
    const own = await init({ wasmBinary: (await readPdfiumWasm()).slice().buffer });
    own.PDFiumExt_Init();
    const lines: Line[] = [];
    await readPdfPages(corpus('2024-huaian-city'), { pdfium: own }, (page) => layoutPage(page, lines));
    expect(lines.some((line) => line.fields[0]?.text === '（七）总计')).toBe(true);
  });

  it('frees what it allocates', async () => {
    const pdfium = await sharedPdfium();
    const bytes = corpus('2024-huaian-city');
    await pdfToLayout(bytes);
    const probe = () => {
      const pointer = pdfium.pdfium.wasmExports.malloc(1 << 20);
      pdfium.pdfium.wasmExports.free(pointer);
      return { pointer, heap: viewHeap(pdfium).HEAPU8.length };
    };
    const before = probe();
    for (let i = 0; i < 20; i++) await pdfToLayout(bytes);
    expect(probe()).toEqual(before);
  });
});
