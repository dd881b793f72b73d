export { createOcr } from './create-web-ocr.ts';
export type { WebOcrOptions } from './create-web-ocr.ts';
export { decodeImage, detectImageKind } from './decode-image.ts';
export type { DecodedImage, ImageKind } from './decode-image.ts';
