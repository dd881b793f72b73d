// The worker thread of the batch pool: reads the files it is sent, one at a time, and posts the results back. A
// compiled PDFium module, when posted first, starts the PDF engine without compiling it again.
import { parentPort } from 'node:worker_threads';
import { loadPdfium } from '@disclosure/parser/lite';
import { runTask, type BatchTask } from './task.ts';

let ready: Promise<void> = Promise.resolve();

parentPort?.on('message', (message: { pdfium: WebAssembly.Module } | { id: number; task: BatchTask }) => {
  if ('pdfium' in message) {
    // a failure here only means the first PDF starts the engine itself
    ready = loadPdfium({ wasmModule: message.pdfium }).catch(() => undefined);
    return;
  }
  void ready.then(() => runTask(message.task)).then((result) => parentPort?.postMessage({ id: message.id, result }));
});
