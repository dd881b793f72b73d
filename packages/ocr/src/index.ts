export { createOcr } from './create-ocr.ts';
export type { OcrOptions } from './create-ocr.ts';
export { decodeImage, detectImageKind } from './decode-image.ts';
export type { DecodedImage, ImageKind } from './decode-image.ts';
