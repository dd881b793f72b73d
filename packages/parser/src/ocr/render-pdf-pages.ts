import { ParseError } from '../errors.ts';
import type { PageImage } from '../ocr-engine.ts';
import { viewHeap, withPdfDocument } from '../pdf/pdfium-raw.ts';
import { sharedPdfium } from '../pdf/pdfium.ts';

/** Most scanned pages rendered for OCR in one document: each holds a page image in memory. */
export const maxOcrPages = 60;

/** `FPDF_ANNOT | FPDF_PRINTING`: draw annotations (stamps) as printed. */
const renderFlags = 0x01 | 0x800;

const littleEndian = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

/** PDFium's BGRA rows (`stride` bytes apart from `offset` in `heap`) as opaque RGBA, a word at a time where it can. */
function bgraToRgba(heap: Uint8Array, offset: number, stride: number, width: number, height: number): Uint8Array {
  const rgba = new Uint8Array(width * height * 4);
  if (littleEndian && (heap.byteOffset + offset) % 4 === 0 && stride % 4 === 0) {
    // Little-endian words: BGRA reads as 0xAARRGGBB, RGBA is written as 0xAABBGGRR.
    const rowWords = stride >> 2;
    const words = new Uint32Array(heap.buffer, heap.byteOffset + offset, rowWords * height);
    const out = new Uint32Array(rgba.buffer);
    for (let y = 0; y < height; y++) {
      let from = y * rowWords;
      let to = y * width;
      const end = to + width;
      while (to < end) {
        const word = words[from++]!;
        out[to++] = 0xff000000 | ((word & 0xff) << 16) | (word & 0xff00) | ((word >>> 16) & 0xff);
      }
    }
    return rgba;
  }
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const from = offset + y * stride + x * 4;
      const to = (y * width + x) * 4;
      rgba[to] = heap[from + 2]!;
      rgba[to + 1] = heap[from + 1]!;
      rgba[to + 2] = heap[from]!;
      rgba[to + 3] = 255;
    }
  }
  return rgba;
}

/**
 * Renders every page of a PDF to RGBA at `dpi` with PDFium, on white; `counted` hears how many pages there are
 * before the first is drawn. Throws `ParseError` (`TOO_LARGE` past {@link maxOcrPages} pages, and whatever opening
 * the PDF throws).
 */
export async function renderPdfPages(bytes: Uint8Array, dpi: number, counted?: (pages: number) => void): Promise<PageImage[]> {
  const pdfium = await sharedPdfium();
  const pages: PageImage[] = [];
  withPdfDocument(pdfium, bytes, (doc) => {
    const count = pdfium.FPDF_GetPageCount(doc);
    if (count > maxOcrPages) {
      throw new ParseError('TOO_LARGE', `扫描件有 ${count} 页，超过文字识别上限 ${maxOcrPages} 页 (the scan has ${count} pages, more than the OCR limit of ${maxOcrPages})`);
    }
    counted?.(count);
    for (let index = 0; index < count; index++) {
      const page = pdfium.FPDF_LoadPage(doc, index);
      if (page === 0) throw new ParseError('CORRUPT_PDF', `PDF 第 ${index + 1} 页无法打开 (page ${index + 1} of the PDF cannot be opened)`);
      try {
        const width = Math.max(1, Math.round((pdfium.FPDF_GetPageWidthF(page) * dpi) / 72));
        const height = Math.max(1, Math.round((pdfium.FPDF_GetPageHeightF(page) * dpi) / 72));
        if (width * height > 40_000_000) throw new ParseError('TOO_LARGE', `PDF 第 ${index + 1} 页太大 (page ${index + 1} is too large to render)`);
        const bitmap = pdfium.FPDFBitmap_Create(width, height, 0);
        if (bitmap === 0) throw new ParseError('TOO_LARGE', 'PDF 页面太大，内存不足 (a page is too large for the available memory)');
        try {
          pdfium.FPDFBitmap_FillRect(bitmap, 0, 0, width, height, 0xffffffff);
          pdfium.FPDF_RenderPageBitmap(bitmap, page, 0, 0, width, height, 0, renderFlags);
          const stride = pdfium.FPDFBitmap_GetStride(bitmap);
          const buffer = pdfium.FPDFBitmap_GetBuffer(bitmap);
          const rgba = bgraToRgba(viewHeap(pdfium).HEAPU8, buffer, stride, width, height);
          pages.push({ width, height, rgba, dpi });
        } finally {
          pdfium.FPDFBitmap_Destroy(bitmap);
        }
      } finally {
        pdfium.FPDF_ClosePage(page);
      }
    }
  });
  return pages;
}
