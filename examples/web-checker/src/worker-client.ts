import type { Report } from '@disclosure/core';
import type { PageImage } from './render-pdf-page.ts';
import type { OcrProgress, ParsedDocument, WorkerFailure, WorkerNotice, WorkerRequest, WorkerResponse } from './protocol.ts';

/** A failure reported by the worker, with the parser's `code` (`NEEDS_OCR`, `ENCRYPTED_PDF` …) or `INTERNAL`. */
export class WorkerError extends Error {
  readonly code: string;
  constructor(failure: WorkerFailure) {
    super(failure.message);
    this.name = 'WorkerError';
    this.code = failure.code;
  }
}

type Pending = {
  resolve: (response: WorkerResponse & { ok: true }) => void;
  reject: (error: WorkerError) => void;
  progress?: ((progress: OcrProgress, partial?: ParsedDocument) => void) | undefined;
};

/** The page's side of the worker: one promise per request. */
export interface WorkerClient {
  /**
   * Reads a document (bytes of a PDF, DOCX, HTML or text file, a scanned PDF or image, or pasted text);
   * `progress` hears which page of a scan is being recognised, and with `partial` what the pages read so far hold.
   */
  parse(name: string, input: Uint8Array | string, progress?: (progress: OcrProgress, partial?: ParsedDocument) => void): Promise<ParsedDocument>;
  /** Writes a report as a Word document. */
  toDocx(report: Report): Promise<Uint8Array>;
  /** Draws page `page` (from 1) of a PDF, `scale` pixels per point. */
  renderPage(input: Uint8Array, page: number, scale: number): Promise<PageImage>;
}

/** Starts the worker (which starts loading the PDF engine at once). */
export function startWorker(): WorkerClient {
  const worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module', name: 'disclosure-parser' });
  const pending = new Map<number, Pending>();
  let nextId = 1;

  worker.addEventListener('message', (event: MessageEvent<WorkerResponse | WorkerNotice>) => {
    const response = event.data;
    const waiting = pending.get(response.id);
    if (!waiting) return;
    if ('progress' in response) {
      waiting.progress?.(response.progress, response.partial);
      return;
    }
    pending.delete(response.id);
    if (response.ok) waiting.resolve(response);
    else waiting.reject(new WorkerError(response.error));
  });
  worker.addEventListener('error', (event) => {
    for (const waiting of pending.values()) waiting.reject(new WorkerError({ code: 'INTERNAL', message: event.message }));
    pending.clear();
  });

  function send(request: Omit<WorkerRequest, 'id'>, transfer: Transferable[] = [], progress?: Pending['progress']) {
    const id = nextId++;
    return new Promise<WorkerResponse & { ok: true }>((resolve, reject) => {
      pending.set(id, { resolve, reject, progress });
      worker.postMessage({ ...request, id }, transfer);
    });
  }

  return {
    async parse(name, input, progress) {
      // The file's bytes are handed over, not copied: the page has no further use for them.
      const response = await send({ type: 'parse', name, input } as Omit<WorkerRequest, 'id'>, typeof input === 'string' ? [] : [input.buffer], progress);
      if (response.type !== 'parse') throw new WorkerError({ code: 'INTERNAL', message: 'unexpected answer' });
      return response.result;
    },
    async renderPage(input, page, scale) {
      const response = await send({ type: 'page', input, page, scale } as Omit<WorkerRequest, 'id'>);
      if (response.type !== 'page') throw new WorkerError({ code: 'INTERNAL', message: 'unexpected answer' });
      return response.image;
    },
    async toDocx(report) {
      const response = await send({ type: 'docx', report } as Omit<WorkerRequest, 'id'>);
      if (response.type !== 'docx') throw new WorkerError({ code: 'INTERNAL', message: 'unexpected answer' });
      return response.bytes;
    },
  };
}
