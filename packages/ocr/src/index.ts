export { createOcr } from './create-ocr.ts';
export type { OcrOptions } from './create-ocr.ts';
export { decodeImage } from './decode-image.ts';
export type { DecodedImage } from './decode-image.ts';
export { detectImageKind } from './detect-image-kind.ts';
export type { ImageKind } from './detect-image-kind.ts';
