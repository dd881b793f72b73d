import { init, type WrappedPdfiumModule } from '@embedpdf/pdfium';

/** The PDFium engine: `@embedpdf/pdfium`'s wrapped WebAssembly module. */
export type Pdfium = WrappedPdfiumModule;

/** How to obtain the engine; without either field, Node reads the bundled `.wasm` and browsers fetch the package's default URL. */
export interface PdfiumSource {
  /** The bytes of `pdfium.wasm` (for browsers and bundlers that ship the file themselves). */
  readonly wasmBinary?: ArrayBuffer | Uint8Array;
  /** An engine the caller has already initialised; used as is. */
  readonly module?: Pdfium;
}

let engine: Promise<Pdfium> | undefined;
let engineSource: PdfiumSource = {};

/**
 * Initialise PDFium once and reuse it for every document (a lazy singleton). The first call decides the source;
 * later calls return the same engine whatever they pass. A failed initialisation is forgotten so a later call can retry.
 */
export function sharedPdfium(source?: PdfiumSource): Promise<Pdfium> {
  if (!engine && source) engineSource = source;
  engine ??= startPdfium(engineSource).catch((error: unknown) => {
    engine = undefined;
    throw error;
  });
  return engine;
}

/** Drop the shared engine (after a wasm trap) so that the next `sharedPdfium` starts a new one. */
export function forgetPdfium(): void {
  engine = undefined;
  // A caller's ready-made module is the one that broke; restart from its binary source only.
  if (engineSource.module) engineSource = {};
}

async function startPdfium(source: PdfiumSource): Promise<Pdfium> {
  if (source.module) return source.module;
  let wasmBinary = source.wasmBinary;
  if (!wasmBinary && isNode()) {
    const { readPdfiumWasm } = await import('./pdfium-wasm-node.ts');
    wasmBinary = await readPdfiumWasm();
  }
  const pdfium = await init(wasmBinary ? { wasmBinary: toArrayBuffer(wasmBinary) } : {});
  pdfium.PDFiumExt_Init();
  return pdfium;
}

function isNode(): boolean {
  return typeof process === 'object' && typeof process.versions === 'object' && typeof process.versions.node === 'string';
}

function toArrayBuffer(bytes: ArrayBuffer | Uint8Array): ArrayBuffer {
  if (bytes instanceof ArrayBuffer) return bytes;
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
