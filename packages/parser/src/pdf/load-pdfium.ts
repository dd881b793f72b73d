import { sharedPdfium } from './pdfium.ts';

/** Where the PDF engine's WebAssembly comes from. */
export interface PdfiumSource {
  /** The bytes of `@embedpdf/pdfium/pdfium.wasm`; browsers pass them so that nothing is fetched. Default: Node reads the file from the package. */
  readonly wasmBinary?: ArrayBuffer | Uint8Array;
}

/**
 * Starts the PDF engine once; every later PDF reuses it. Optional in Node. In a browser, call it before the
 * first PDF with the wasm bytes your bundle ships, or the engine would fetch them from the package's CDN URL.
 */
export async function loadPdfium(source: PdfiumSource = {}): Promise<void> {
  await sharedPdfium(source.wasmBinary ? { wasmBinary: source.wasmBinary } : {});
}
