/// <reference lib="webworker" />
// Parsing (PDFium in WebAssembly, DOCX unzip, the table reader) and DOCX writing run here, off the page's
// thread, so the page keeps responding while a 10-page PDF is read. Everything is bundled: the wasm comes
// from this site's own folder, never from the CDN the engine would otherwise use. Scans (a PDF without text, an
// image) are read by text recognition in OCR workers started from here (src/ocr-pool.ts, src/ocr-worker.ts).
import { detectImageKind } from '@disclosure/ocr/web';
import { detectKind, loadPdfium, parse, ParseError, readLayout, type Line, type OcrEngine } from '@disclosure/parser';
import { toDocx } from '@disclosure/renderer';
import { init, type WrappedPdfiumModule } from '@embedpdf/pdfium';
import wasmUrl from '@embedpdf/pdfium/pdfium.wasm?url';
import { startOcrPool } from './ocr-pool.ts';
import type { WorkerFailure, WorkerNotice, WorkerRequest, WorkerResponse } from './protocol.ts';
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

/** Pixels per inch scanned pages are rendered at for recognition (the model reads 200 dpi scans best). */
const ocrDpi = 200;
/**
 * Text recognition for scans: one OCR worker per core (at most 4), started when the first scan arrives (the model is
 * 10 MB: no download for other documents), reading a scan's pages side by side.
 */
const recognizers = startOcrPool(Math.max(1, Math.min(4, navigator.hardwareConcurrency || 1)), ocrDpi);

/**
 * The engine as request `id` sees it: it tells the page which page of a scan is being recognised, and each time the
 * pages read from the first on grow, what they hold so far (read like a whole document, core's rules run on it), so
 * that the first tables' findings are shown while the rest is still being read.
 */
function recognizerFor(id: number, name: string): OcrEngine {
  const read: Line[][] = [];
  let shown = 0;
  return recognizers.engineFor({
    started: (page, pages) => self.postMessage({ id, progress: { page, pages } } satisfies WorkerNotice),
    read(page, pages, lines) {
      read[page - 1] = lines;
      let first = shown;
      while (first < pages && read[first]) first++;
      if (first === shown || first === pages) return;
      shown = first;
      const partial = readLayout({ kind: 'pdf', lines: read.slice(0, first).flat() }, { name });
      self.postMessage({ id, progress: { page: first, pages }, partial: { ...partial, kind: 'pdf' } } satisfies WorkerNotice);
    },
  });
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
  const kind = typeof request.input === 'string' ? detectKind(request.input) : (detectImageKind(request.input) ?? detectKind(request.input));
  if (kind === 'pdf') await pdfium;
  // The default time limit counts the parser's own work, not the recognition (seconds a page in WebAssembly).
  const result = await parse(request.input, { name: request.name, ocr: recognizerFor(request.id, request.name) });
  return { id: request.id, ok: true, type: 'parse', result: { ...result, kind } };
}

function toFailure(error: unknown): WorkerFailure {
  if (error instanceof ParseError) return { code: error.code, message: error.message };
  return { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
}
