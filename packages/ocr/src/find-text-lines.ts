import type { Box } from './gray-image.ts';

/** Options of {@link findTextLines}. */
export interface TextLineOptions {
  /** Thinnest line kept, in pixels: shorter ink bands are specks. */
  readonly minHeight: number;
  /** Widest gap inside one field, in pixels: a wider one splits the line into fields. Default: no split. */
  readonly maxGap?: number;
  /** Pixels to skip: inside these boxes (tables) nothing is a text line. Default none. */
  readonly exclude?: readonly Box[];
}

/**
 * The text lines inside `box` of a binary ink mask, top to bottom, each cut to its ink and split at wide gaps:
 * bands of rows holding ink, then runs of columns holding ink within each band.
 */
export function findTextLines(ink: Uint8Array, width: number, box: Box, options: TextLineOptions): Box[][] {
  const { minHeight, maxGap = Infinity, exclude = [] } = options;
  let source = ink;
  if (exclude.length > 0) {
    source = ink.slice();
    for (const b of exclude) for (let y = b.y0; y < b.y1; y++) source.fill(0, y * width + b.x0, y * width + b.x1);
  }
  const masked = (x: number, y: number) => source[y * width + x] === 1;
  const rowInk: number[] = [];
  for (let y = box.y0; y < box.y1; y++) {
    let count = 0;
    for (let x = box.x0; x < box.x1; x++) if (masked(x, y)) count++;
    rowInk.push(count);
  }
  const bands: Array<[number, number]> = [];
  let start = -1;
  for (let k = 0; k <= rowInk.length; k++) {
    const on = k < rowInk.length && rowInk[k]! > 0;
    if (on && start < 0) start = k;
    if (!on && start >= 0) {
      if (k - start >= minHeight) bands.push([box.y0 + start, box.y0 + k]);
      start = -1;
    }
  }
  const lines: Box[][] = [];
  for (const [y0, y1] of bands) {
    const columns: boolean[] = [];
    for (let x = box.x0; x < box.x1; x++) {
      let on = false;
      for (let y = y0; y < y1 && !on; y++) on = masked(x, y);
      columns.push(on);
    }
    const pieces: Box[] = [];
    let from = -1;
    let last = -1;
    columns.forEach((on, k) => {
      if (!on) return;
      if (from >= 0 && k - last > maxGap) {
        pieces.push({ x0: box.x0 + from, y0, x1: box.x0 + last + 1, y1 });
        from = -1;
      }
      if (from < 0) from = k;
      last = k;
    });
    if (from >= 0) pieces.push({ x0: box.x0 + from, y0, x1: box.x0 + last + 1, y1 });
    if (pieces.length) lines.push(pieces);
  }
  return lines;
}
