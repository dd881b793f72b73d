import { currentBudget } from './budget.ts';
import type { Layout } from './layout/layout.ts';
import type { LayoutOptions, ParseOptions } from './options.ts';
import type { ParseResult } from './parse-result.ts';
import type { PdfiumSource as BinarySource } from './pdf/load-pdfium.ts';

// The PDF half of the parser (PDFium's JavaScript and WebAssembly) is imported on first use, so reading text,
// HTML or DOCX never loads it. The bundle puts it in a chunk of its own.

/** Where the PDF engine's WebAssembly comes from. */
export interface PdfiumSource extends BinarySource {
  /**
   * `pdfium.wasm` already compiled (by `compilePdfium`, or `WebAssembly.compile`): instantiated without
   * compiling again. A worker thread that is posted one starts its engine at a fraction of the cost. Default none.
   * Typed `object` (a `WebAssembly.Module` has no members), so that the declarations type-check without the DOM
   * library or a `@types/node` that declares `WebAssembly`.
   */
  readonly wasmModule?: object;
}

/** Reads a report from a born-digital PDF (its text layer, through PDFium); a scanned PDF throws `NEEDS_OCR`. Loads PDFium on first use. */
export async function fromPdf(bytes: Uint8Array, options: ParseOptions = {}): Promise<ParseResult> {
  // the budget of `parse`, taken before the first `await` loses it
  const budget = currentBudget();
  const pdf = await import('./pdf/from-pdf.ts');
  return pdf.fromPdf(bytes, options, budget);
}

/** A born-digital PDF reduced to its `Layout` (the first half of `fromPdf`). Loads PDFium on first use. */
export async function pdfToLayout(bytes: Uint8Array, options: LayoutOptions = {}): Promise<Layout> {
  const budget = currentBudget();
  const pdf = await import('./pdf/pdf-to-layout.ts');
  return pdf.pdfToLayout(bytes, options, budget);
}

/**
 * Starts the PDF engine once; every later PDF reuses it. Optional in Node. In a browser, call it before the
 * first PDF with the wasm bytes your bundle ships, or the engine would fetch them from the package's CDN URL.
 * With `wasmModule`, the engine is instantiated from that compiled module.
 */
export async function loadPdfium(source: PdfiumSource = {}): Promise<void> {
  const { wasmModule, ...binary } = source;
  if (wasmModule === undefined) {
    const pdf = await import('./pdf/load-pdfium.ts');
    return pdf.loadPdfium(binary);
  }
  const [{ init }, { sharedPdfium }] = await Promise.all([import('@embedpdf/pdfium'), import('./pdf/pdfium.ts')]);
  await sharedPdfium({
    module: await init({
      instantiateWasm: (imports: WebAssembly.Imports, receive: (instance: WebAssembly.Instance) => void) => {
        void WebAssembly.instantiate(wasmModule as WebAssembly.Module, imports).then(receive);
        return {};
      },
    } as Parameters<typeof init>[0]).then((pdfium) => {
      pdfium.PDFiumExt_Init();
      return pdfium;
    }),
  });
}

/**
 * Compiles the `pdfium.wasm` shipped in `@embedpdf/pdfium` (Node), to share with worker threads through
 * `loadPdfium({ wasmModule })`. Resolves to a `WebAssembly.Module`, typed `object` as `wasmModule` is.
 */
export async function compilePdfium(): Promise<object> {
  const { readPdfiumWasm } = await import('./pdf/pdfium-wasm-node.ts');
  return WebAssembly.compile((await readPdfiumWasm()) as Uint8Array<ArrayBuffer>);
}
