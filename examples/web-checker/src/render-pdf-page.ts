import type { WrappedPdfiumModule } from '@embedpdf/pdfium';

/** A rendered PDF page: RGBA pixels and how many pixels a PDF point is. */
export interface PageImage {
  readonly width: number;
  readonly height: number;
  /** `width × height × 4` bytes, RGBA, for `new ImageData(...)`. */
  readonly pixels: Uint8ClampedArray<ArrayBuffer>;
  /** Pixels per PDF point: a place's `bbox` (in points) times this is its box on the image. */
  readonly scale: number;
}

const FPDF_ANNOT = 0x01;
const FPDF_REVERSE_BYTE_ORDER = 0x10;

/**
 * Renders page `pageNumber` (from 1) of a PDF with PDFium, `scale` pixels per point, on white. Throws on a page
 * that does not exist or a document PDFium cannot open (the parser read it before, so neither is expected).
 */
export function renderPdfPage(pdfium: WrappedPdfiumModule, bytes: Uint8Array, pageNumber: number, scale: number): PageImage {
  const module = pdfium.pdfium;
  const heap = () => (module as unknown as { HEAPU8: Uint8Array }).HEAPU8;
  const buffer = module.wasmExports.malloc(bytes.length);
  try {
    heap().set(bytes, buffer);
    const doc = pdfium.FPDF_LoadMemDocument(buffer, bytes.length, '');
    if (doc === 0) throw new Error(`PDFium cannot open the document (error ${pdfium.FPDF_GetLastError()})`);
    try {
      const page = pdfium.FPDF_LoadPage(doc, pageNumber - 1);
      if (page === 0) throw new Error(`the document has no page ${pageNumber}`);
      try {
        const width = Math.max(1, Math.round(pdfium.FPDF_GetPageWidthF(page) * scale));
        const height = Math.max(1, Math.round(pdfium.FPDF_GetPageHeightF(page) * scale));
        const bitmap = pdfium.FPDFBitmap_Create(width, height, 1);
        try {
          pdfium.FPDFBitmap_FillRect(bitmap, 0, 0, width, height, 0xffffffff);
          // REVERSE_BYTE_ORDER writes RGBA instead of BGRA: the bytes go to ImageData as they are.
          pdfium.FPDF_RenderPageBitmap(bitmap, page, 0, 0, width, height, 0, FPDF_ANNOT | FPDF_REVERSE_BYTE_ORDER);
          const start = pdfium.FPDFBitmap_GetBuffer(bitmap);
          const stride = pdfium.FPDFBitmap_GetStride(bitmap);
          const pixels = new Uint8ClampedArray(width * height * 4);
          const memory = heap();
          for (let y = 0; y < height; y++) pixels.set(memory.subarray(start + y * stride, start + y * stride + width * 4), y * width * 4);
          return { width, height, pixels, scale };
        } finally {
          pdfium.FPDFBitmap_Destroy(bitmap);
        }
      } finally {
        pdfium.FPDF_ClosePage(page);
      }
    } finally {
      pdfium.FPDF_CloseDocument(doc);
    }
  } finally {
    module.wasmExports.free(buffer);
  }
}
