import type { Line, OcrEngine, PageImage } from '@disclosure/parser';
import { decodeImage } from './decode-image.ts';
import { detectImageKind } from './detect-image-kind.ts';
import { grayFromRgba } from './gray-image.ts';
import { readPage } from './read-page.ts';
import { Recognizer, type RunModel } from './recognizer.ts';

/**
 * The parser's `OcrEngine` around a recognition model, whatever runs it (`onnxruntime-node` or `onnxruntime-web`):
 * `dictionary` is the model's `ppocr_keys_v1.txt`, one character a line; `dpi` is what PDF pages are rendered at and
 * what images that state no resolution are taken to have.
 */
export function createEngine(run: RunModel, dictionary: string, dpi: number): OcrEngine {
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
