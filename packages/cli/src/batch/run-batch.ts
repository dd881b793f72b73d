import type { Worker } from 'node:worker_threads';
import { compilePdfium, loadPdfium } from '@disclosure/parser/lite';
import { runTask, type BatchResult, type BatchTask } from './task.ts';

/** Options of `runBatch`. */
export interface BatchOptions {
  /** Threads to read with: this one and `jobs − 1` worker threads (`1`: this thread alone). Default `1`. */
  readonly jobs?: number;
  /** Called after each file is read, in the order they finish. Default none. */
  readonly onProgress?: (done: number, total: number) => void;
}

// Built, this module lives in dist/ beside worker.js; run from source (tsx), beside worker.ts.
const workerUrl = new URL(import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js', import.meta.url);

/**
 * Reads every task's file, in this thread and a pool of `jobs − 1` worker threads, and hands each result to
 * `deliver` in task order as soon as it and all before it are done — so output streams in input order whatever
 * finishes first. A file
 * that fails, or a worker that dies on one, becomes an unusable result; the batch always runs to the end.
 */
export async function runBatch(
  tasks: readonly BatchTask[],
  options: BatchOptions,
  deliver: (index: number, result: BatchResult) => void,
): Promise<void> {
  const results: (BatchResult | undefined)[] = new Array(tasks.length);
  let delivered = 0;
  let done = 0;
  const complete = (index: number, result: BatchResult) => {
    results[index] = result;
    options.onProgress?.(++done, tasks.length);
    while (delivered < tasks.length && results[delivered] !== undefined) {
      deliver(delivered, results[delivered]!);
      results[delivered++] = undefined; // delivered: let it go
    }
  };

  const size = Math.min(Math.max(1, Math.floor(options.jobs ?? 1)), tasks.length);
  if (size <= 1) {
    for (let i = 0; i < tasks.length; i++) complete(i, await runTask(tasks[i]!));
    return;
  }

  // Worker threads load only for a pool: one file, or `--jobs 1`, starts without them.
  const { Worker } = await import('node:worker_threads');
  // PDFium compiled once here, while the workers start, and posted to each before its first file: no worker
  // compiles it again (without it, as when compiling fails, a worker's first PDF starts the engine itself)
  const pdfium = tasks.some((task) => /\.pdf$/iu.test(task.path)) ? compilePdfium().catch(() => undefined) : Promise.resolve(undefined);
  const workers = new Set<Worker>();
  let next = 0;
  await new Promise<void>((resolve) => {
    const spawn = () => {
      const worker = new Worker(workerUrl);
      // Files sent and not yet answered: two in flight, so a worker never waits for the next one.
      const inFlight = new Set<number>();
      const startNext = () => {
        if (next >= tasks.length) {
          if (done === tasks.length) resolve();
          return;
        }
        const index = next++;
        inFlight.add(index);
        worker.postMessage({ id: index, task: tasks[index] });
      };
      // A worker that dies takes its files with it: report those files and carry on with a fresh worker.
      const died = (detail: string) => {
        workers.delete(worker);
        for (const index of inFlight) complete(index, { ok: false, unusable: { code: 'INTERNAL', detail } });
        inFlight.clear();
        if (done === tasks.length) resolve();
        else if (next < tasks.length) spawn();
      };
      worker.on('message', (message: { id: number; result: BatchResult }) => {
        inFlight.delete(message.id);
        complete(message.id, message.result);
        startNext();
      });
      worker.on('error', (error) => died(error.message));
      worker.on('exit', (code) => {
        if (workers.has(worker)) died(`worker exited with code ${code}`);
      });
      workers.add(worker);
      void pdfium.then((module) => {
        if (module) worker.postMessage({ pdfium: module });
        startNext();
        startNext();
      });
    };
    // this thread is one of the `jobs`: it reads files too instead of waiting, and one worker fewer starts
    const local = async () => {
      const module = await pdfium;
      if (module) await loadPdfium({ wasmModule: module }).catch(() => undefined);
      while (next < tasks.length) {
        const index = next++;
        complete(index, await runTask(tasks[index]!));
      }
      if (done === tasks.length) resolve();
    };
    for (let i = 1; i < size; i++) spawn();
    void local();
  });
  const running = [...workers];
  workers.clear();
  await Promise.all(running.map((worker) => worker.terminate()));
}
