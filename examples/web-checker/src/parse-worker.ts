/// <reference lib="webworker" />
// Parsing (PDFium in WebAssembly, DOCX unzip, the table reader) and DOCX writing run here, off the page's
// thread, so the page keeps responding while a 10-page PDF is read. Everything is bundled: the wasm comes
// from this site's own folder, never from the CDN the engine would otherwise use.
import { detectKind, loadPdfium, parse, ParseError } from '@disclosure/parser';
import { toDocx } from '@disclosure/renderer';
import { init, type WrappedPdfiumModule } from '@embedpdf/pdfium';
import wasmUrl from '@embedpdf/pdfium/pdfium.wasm?url';
import type { WorkerFailure, WorkerRequest, WorkerResponse } from './protocol.ts';
import { renderPdfPage } from './render-pdf-page.ts';

declare const self: DedicatedWorkerGlobalScope;

/** Started at once, so that the engine is ready by the time someone has picked a PDF. */
const wasm = fetch(wasmUrl).then((response) => {
  if (!response.ok) throw new Error(`pdfium.wasm: HTTP ${response.status}`);
  return response.arrayBuffer();
});
const pdfium = wasm.then((wasmBinary) => loadPdfium({ wasmBinary }));
// A failed start is reported when a PDF needs the engine, not as an unhandled rejection now.
pdfium.catch(() => undefined);

/**
 * The engine that draws pages, started from the same bytes when a person first asks to see a page (the parser
 * keeps its own instance to itself).
 */
let painter: Promise<WrappedPdfiumModule> | undefined;
function startPainter(): Promise<WrappedPdfiumModule> {
  painter ??= wasm.then(async (wasmBinary) => {
    const engine = await init({ wasmBinary });
    engine.PDFiumExt_Init();
    return engine;
  });
  return painter;
}

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  void handle(event.data).then(
    (response) => {
      const transfer = !response.ok ? [] : response.type === 'docx' ? [response.bytes.buffer] : response.type === 'page' ? [response.image.pixels.buffer] : [];
      self.postMessage(response, transfer);
    },
    (error: unknown) => self.postMessage({ id: event.data.id, ok: false, error: toFailure(error) } satisfies WorkerResponse),
  );
});

async function handle(request: WorkerRequest): Promise<WorkerResponse> {
  if (request.type === 'docx') {
    return { id: request.id, ok: true, type: 'docx', bytes: await toDocx(request.report) };
  }
  if (request.type === 'page') {
    return { id: request.id, ok: true, type: 'page', image: renderPdfPage(await startPainter(), request.input, request.page, request.scale) };
  }
  const kind = detectKind(request.input);
  if (kind === 'pdf') await pdfium;
  const result = await parse(request.input, { name: request.name });
  return { id: request.id, ok: true, type: 'parse', result: { ...result, kind } };
}

function toFailure(error: unknown): WorkerFailure {
  if (error instanceof ParseError) return { code: error.code, message: error.message };
  return { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
}
