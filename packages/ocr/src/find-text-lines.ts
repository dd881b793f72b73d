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

/** The thinnest text line, in pixels at `dpi` (1/30 inch): thinner bands of ink are specks or rules. */
export function minLineHeight(dpi: number): number {
  return Math.max(4, Math.round(dpi / 30));
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
  const bands: Array<[number, number]> = [];
  let start = -1;
  for (let y = box.y0; y <= box.y1; y++) {
    let on = false;
    if (y < box.y1) for (let i = y * width + box.x0, end = y * width + box.x1; i < end && !on; i++) on = source[i] === 1;
    if (on && start < 0) start = y;
    if (!on && start >= 0) {
      if (y - start >= minHeight) bands.push([start, y]);
      start = -1;
    }
  }
  const lines: Box[][] = [];
  const columns = new Uint8Array(box.x1 - box.x0);
  for (const [y0, y1] of bands) {
    columns.fill(0);
    for (let y = y0; y < y1; y++) {
      const row = y * width + box.x0;
      for (let k = 0; k < columns.length; k++) columns[k]! |= source[row + k]!;
    }
    const pieces: Box[] = [];
    let from = -1;
    let last = -1;
    for (let k = 0; k < columns.length; k++) {
      if (!columns[k]) continue;
      if (from >= 0 && k - last > maxGap) {
        pieces.push({ x0: box.x0 + from, y0, x1: box.x0 + last + 1, y1 });
        from = -1;
      }
      if (from < 0) from = k;
      last = k;
    }
    if (from >= 0) pieces.push({ x0: box.x0 + from, y0, x1: box.x0 + last + 1, y1 });
    if (pieces.length) lines.push(pieces);
  }
  return lines;
}
