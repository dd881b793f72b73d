import { detectImageKind } from '@disclosure/ocr/web';
import { ParseError, type Line, type OcrEngine, type PageImage, type ParseErrorCode } from '@disclosure/parser';

/** What there is to read: one page image of `pages`, or an image file (page 1). */
export type OcrJob =
  | { readonly type: 'page'; readonly image: PageImage; readonly page: number; readonly pages: number }
  | { readonly type: 'image'; readonly bytes: Uint8Array };

/** What the parse worker asks an OCR worker: a job, read at `dpi`; or to load its model now (`warm`), a scan being on its way. */
export type OcrRequest = (OcrJob & { readonly id: number; readonly dpi: number }) | { readonly type: 'warm'; readonly dpi: number };

/** An OCR worker's answer: the lines read (`null`: no image it reads), or why not (a parser `code` or `INTERNAL`). */
export type OcrResponse =
  | { readonly id: number; readonly ok: true; readonly lines: Line[] | null }
  | { readonly id: number; readonly ok: false; readonly code: string; readonly message: string };

type Task = {
  readonly job: OcrJob;
  readonly started: () => void;
  readonly resolve: (lines: Line[] | null) => void;
  readonly reject: (error: Error) => void;
};

/** Who hears how one document's recognition goes. */
export interface OcrListener {
  /** A worker starts on page `page` of `pages`. */
  started(page: number, pages: number): void;
  /** Page `page` of `pages` of a PDF has been read into `lines`. */
  read?(page: number, pages: number, lines: Line[]): void;
}

/** OCR workers that read a scan's pages side by side; each loads the model once, when it is first needed. */
export interface OcrPool {
  /** The parser's engine for one document, telling `listener` how it goes. */
  engineFor(listener: OcrListener): OcrEngine;
}

/**
 * A pool of at most `size` OCR workers, reading at `dpi` pixels per inch. None starts before the first scan; the
 * first starts as soon as a scan is on its way (its model loads while the pages are drawn), and the others only once
 * it has read a page: the first page, whose findings are shown first, then has the machine to itself instead of
 * sharing it with other workers loading their models. The rest of the scan's pages are read side by side.
 */
export function startOcrPool(size: number, dpi: number): OcrPool {
  const idle: Worker[] = [];
  const running = new Map<number, { worker: Worker; task: Task }>();
  const queue: Task[] = [];
  let workers = 0;
  let nextId = 1;
  /** Jobs answered so far: more workers start only after the first. */
  let answered = 0;

  function finish(worker: Worker, response: OcrResponse) {
    const entry = running.get(response.id);
    if (!entry) return;
    running.delete(response.id);
    answered++;
    if (response.ok) entry.task.resolve(response.lines);
    else entry.task.reject(response.code === 'INTERNAL' ? new Error(response.message) : new ParseError(response.code as ParseErrorCode, response.message));
    idle.push(worker);
    dispatch();
  }

  function spawn(): Worker {
    const worker = new Worker(new URL('./ocr-worker.ts', import.meta.url), { type: 'module', name: `disclosure-ocr-${++workers}` });
    worker.addEventListener('message', (event: MessageEvent<OcrResponse>) => finish(worker, event.data));
    worker.addEventListener('error', (event) => {
      for (const [id, entry] of running) {
        if (entry.worker === worker) finish(worker, { id, ok: false, code: 'INTERNAL', message: event.message || 'the OCR worker failed' });
      }
    });
    return worker;
  }

  function dispatch() {
    while (queue.length > 0) {
      const worker = idle.pop() ?? (workers < (answered > 0 ? size : 1) ? spawn() : undefined);
      if (!worker) return;
      const task = queue.shift()!;
      const id = nextId++;
      running.set(id, { worker, task });
      task.started();
      worker.postMessage({ ...task.job, id, dpi } satisfies OcrRequest);
    }
  }

  /** Starts the first worker, if none has started, loading its model while a scan's pages are drawn. */
  function warm() {
    if (workers > 0) return;
    const worker = spawn();
    worker.postMessage({ type: 'warm', dpi } satisfies OcrRequest);
    idle.push(worker);
  }

  function read(job: OcrJob, started: () => void): Promise<Line[] | null> {
    return new Promise((resolve, reject) => {
      queue.push({ job, started, resolve, reject });
      dispatch();
    });
  }

  return {
    engineFor(listener) {
      const readPage = async (image: PageImage, page: number, pages = page) => {
        const lines = (await read({ type: 'page', image, page, pages }, () => listener.started(page, pages))) ?? [];
        listener.read?.(page, pages, lines);
        return lines;
      };
      return {
        dpi,
        prepare: warm,
        readPage,
        readPages: (images) => Promise.all(images.map((image, index) => readPage(image, index + 1, images.length))),
        async readImage(bytes) {
          if (!detectImageKind(bytes)) return null;
          return read({ type: 'image', bytes }, () => listener.started(1, 1));
        },
      };
    },
  };
}
