/** An 8-bit grayscale image, row by row: 0 is black ink, 255 white paper. */
export interface GrayImage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

/** A rectangle in pixels, `[x0, x1)` × `[y0, y1)`. */
export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** Red minus the larger of green and blue above which a pixel is red ink (a seal); black and blue print stay below. */
const redness = 30;
/** Redness of a pixel that is surely seal ink, sampled to learn the seal's own lightness. */
const sureRedness = 50;
/** Print under a translucent seal is at most this share of the seal's lightness over paper, and maps to black. */
const printUnderSeal = 0.65;

/** Luma (ITU-R BT.601) of an RGB pixel, 0–255: full resolution in a JPEG, unlike its colour. */
function luma(r: number, g: number, b: number): number {
  return 0.299 * r + 0.587 * g + 0.114 * b;
}

/**
 * Grayscale from RGBA pixels. Black and blue print keep their darkest channel. Red ink (a seal) is read through by
 * its luma: seal ink over paper turns as light as the paper, and print under a translucent seal — darker than the
 * seal over paper — turns dark again, so a stamp over a table hides neither its digits nor its rules. The seal's
 * lightness over paper is the most common luma of its sure pixels (the lower end of its step of 4): stroke edges
 * (lighter) and print under the seal (darker) are fewer than its plain strokes.
 */
export function grayFromRgba(width: number, height: number, rgba: Uint8Array | Uint8ClampedArray): GrayImage {
  const pixels = width * height;
  const data = new Uint8Array(pixels);
  const red: number[] = [];
  const histogram = new Uint32Array(64);
  let sure = 0;
  for (let i = 0, p = 0; i < pixels; i++, p += 4) {
    const r = rgba[p]!;
    const g = rgba[p + 1]!;
    const b = rgba[p + 2]!;
    const low = g < b ? g : b;
    data[i] = r < low ? r : low;
    const excess = r - (g > b ? g : b);
    if (excess <= redness) continue;
    red.push(i);
    if (r > 120 && excess > sureRedness) {
      histogram[luma(r, g, b) >> 2]!++;
      sure++;
    }
  }
  if (red.length === 0) return { width, height, data };
  let mode = 0;
  for (let bin = 1; bin < 64; bin++) if (histogram[bin]! > histogram[mode]!) mode = bin;
  const seal = sure > 0 ? mode * 4 : 255;
  const gain = 255 / (seal * (1 - printUnderSeal));
  for (const i of red) {
    const y = luma(rgba[i * 4]!, rgba[i * 4 + 1]!, rgba[i * 4 + 2]!);
    data[i] = y >= seal ? 255 : Math.max(0, 255 - (seal - y) * gain);
  }
  return { width, height, data };
}
