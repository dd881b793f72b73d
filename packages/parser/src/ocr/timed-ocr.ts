import type { Budget } from '../budget.ts';
import type { OcrEngine } from '../ocr-engine.ts';

/**
 * `ocr` with the time its recognition takes given back to `budget`, so that the default `timeoutMs` bounds the
 * parser's own work and not the engine's: a scan of many pages on a busy machine is not cut off for its length. The
 * recognition is bounded on its own, by the pages rendered (`maxOcrPages`) and their size.
 */
export function timedOcr(ocr: OcrEngine, budget: Budget): OcrEngine {
  const timed =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const started = performance.now();
      try {
        return await call(...args);
      } finally {
        budget.extend(performance.now() - started);
      }
    };
  const { readPages, prepare } = ocr;
  return {
    dpi: ocr.dpi,
    readPage: timed((image, page, pages) => ocr.readPage(image, page, pages)),
    readImage: timed((bytes) => ocr.readImage(bytes)),
    ...(readPages ? { readPages: timed((images) => readPages.call(ocr, images)) } : {}),
    ...(prepare ? { prepare: (pages: number) => prepare.call(ocr, pages) } : {}),
  };
}
