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

/**
 * Grayscale from RGBA pixels, taken from the red channel: black print stays dark while red ink (seals, hand
 * marks) turns as light as the paper, so a stamp over a table does not hide its digits.
 */
export function grayFromRgba(width: number, height: number, rgba: Uint8Array | Uint8ClampedArray): GrayImage {
  const data = new Uint8Array(width * height);
  for (let i = 0; i < data.length; i++) {
    const r = rgba[i * 4]!;
    const g = rgba[i * 4 + 1]!;
    const b = rgba[i * 4 + 2]!;
    // Red ink: red well above green and blue. Elsewhere the darkest channel keeps black and blue print.
    data[i] = r > 120 && r > g + 50 && r > b + 50 ? 255 : Math.min(r, g, b);
  }
  return { width, height, data };
}
