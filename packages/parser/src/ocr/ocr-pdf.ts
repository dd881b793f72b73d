import type { Layout, Line } from '../layout/layout.ts';
import type { OcrEngine } from '../ocr-engine.ts';
import { renderPdfPages } from './render-pdf-pages.ts';

/**
 * Reads a PDF without a text layer by rendering its pages at the engine's resolution and recognising them: all at once
 * when the engine has `readPages`, else page by page. The engine's `prepare` hears of the pages before they are drawn.
 */
export async function ocrPdfToLayout(bytes: Uint8Array, ocr: OcrEngine): Promise<Layout> {
  const pages = await renderPdfPages(bytes, ocr.dpi, (count) => ocr.prepare?.(count));
  if (ocr.readPages) return { kind: 'pdf', lines: (await ocr.readPages(pages)).flat() };
  const lines: Line[] = [];
  for (const [index, image] of pages.entries()) lines.push(...(await ocr.readPage(image, index + 1, pages.length)));
  return { kind: 'pdf', lines };
}
