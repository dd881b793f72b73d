import { decode as decodePng } from 'fast-png';
import jpeg from 'jpeg-js';
import UTIF from 'utif2';
import { ParseError } from '@disclosure/parser';
import { detectImageKind } from './detect-image-kind.ts';

/** A decoded raster image: RGBA pixels, and its resolution where the file states one. */
export interface DecodedImage {
  readonly width: number;
  readonly height: number;
  readonly rgba: Uint8Array;
  /** Pixels per inch from the file (PNG `pHYs`, JPEG JFIF density, TIFF resolution); `null` when it gives none. */
  readonly dpi: number | null;
}

/** Largest image accepted, in pixels (A4 at 600 dpi is 35 million). */
const maxPixels = 40_000_000;

function toRgba(data: ArrayLike<number>, width: number, height: number, channels: number, maxValue: number): Uint8Array {
  const rgba = new Uint8Array(width * height * 4);
  const scale = 255 / maxValue;
  for (let i = 0; i < width * height; i++) {
    const at = i * channels;
    const gray = channels < 3;
    rgba[i * 4] = data[at]! * scale;
    rgba[i * 4 + 1] = data[gray ? at : at + 1]! * scale;
    rgba[i * 4 + 2] = data[gray ? at : at + 2]! * scale;
    rgba[i * 4 + 3] = 255;
  }
  return rgba;
}

function jfifDensity(bytes: Uint8Array): number | null {
  // APP0 "JFIF\0": units at offset 11 (1 = per inch, 2 = per cm), X density at 12.
  if (bytes[2] !== 0xff || bytes[3] !== 0xe0 || String.fromCharCode(...bytes.subarray(6, 10)) !== 'JFIF') return null;
  const units = bytes[13];
  const density = (bytes[14]! << 8) | bytes[15]!;
  if (density <= 1) return null;
  return units === 1 ? density : units === 2 ? Math.round(density * 2.54) : null;
}

/**
 * Decodes one PNG, JPEG or the first page of a TIFF. Throws `ParseError`: `NOT_A_DOCUMENT` (another format, or an
 * image that cannot be decoded), `TOO_LARGE` (more than 40 million pixels).
 */
export function decodeImage(bytes: Uint8Array): DecodedImage {
  const kind = detectImageKind(bytes);
  if (!kind) throw new ParseError('NOT_A_DOCUMENT', 'The input is not a PNG, JPEG or TIFF image');
  try {
    if (kind === 'png') {
      const png = decodePng(bytes);
      if (png.width * png.height > maxPixels) throw new ParseError('TOO_LARGE', `The image has more than ${maxPixels} pixels`);
      const channels = png.channels;
      const max = png.depth === 16 ? 65535 : png.depth === 8 ? 255 : (1 << png.depth) - 1;
      const rgba = png.palette
        ? toRgba(Array.from(png.data, (i) => png.palette![i]!).flatMap((c) => [c[0]!, c[1]!, c[2]!]), png.width, png.height, 3, 255)
        : toRgba(png.data, png.width, png.height, channels, max);
      const dpi = png.resolution && png.resolution.unit === 1 ? Math.round(png.resolution.x * 0.0254) : null;
      return { width: png.width, height: png.height, rgba, dpi };
    }
    if (kind === 'jpeg') {
      const image = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: maxPixels / 1e6 });
      return { width: image.width, height: image.height, rgba: new Uint8Array(image.data), dpi: jfifDensity(bytes) };
    }
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const ifds = UTIF.decode(buffer);
    const first = ifds[0];
    if (!first) throw new ParseError('NOT_A_DOCUMENT', 'The TIFF holds no image');
    UTIF.decodeImage(buffer, first);
    const width = first.width;
    const height = first.height;
    if (width * height > maxPixels) throw new ParseError('TOO_LARGE', `The image has more than ${maxPixels} pixels`);
    const resolution = (first['t282'] as number[] | undefined)?.[0];
    return { width, height, rgba: new Uint8Array(UTIF.toRGBA8(first)), dpi: resolution ? Math.round(resolution) : null };
  } catch (error) {
    if (error instanceof ParseError) throw error;
    throw new ParseError('NOT_A_DOCUMENT', `The ${kind.toUpperCase()} image cannot be decoded`, { cause: error });
  }
}
