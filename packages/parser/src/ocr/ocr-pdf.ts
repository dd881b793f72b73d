import type { Layout, Line } from '../layout/layout.ts';
import type { OcrEngine } from '../ocr-engine.ts';
import { renderPdfPages } from './render-pdf-pages.ts';

/** Reads a PDF without a text layer by rendering its pages at the engine's resolution and recognising them. */
export async function ocrPdfToLayout(bytes: Uint8Array, ocr: OcrEngine): Promise<Layout> {
  const lines: Line[] = [];
  const pages = await renderPdfPages(bytes, ocr.dpi);
  for (const [index, image] of pages.entries()) lines.push(...(await ocr.readPage(image, index + 1, pages.length)));
  return { kind: 'pdf', lines };
}
