import type { GrayImage } from './gray-image.ts';

/** The image turned by `degrees` (positive: counter-clockwise) about its centre, bilinear, paper-white outside. */
export function rotate(image: GrayImage, degrees: number): GrayImage {
  const { width, height, data } = image;
  const radians = (degrees * Math.PI) / 180;
  const cos = Math.cos(radians);
  const sin = Math.sin(radians);
  const cx = width / 2;
  const cy = height / 2;
  const out = new Uint8Array(width * height).fill(255);
  for (let y = 0; y < height; y++) {
    const dy = y - cy;
    for (let x = 0; x < width; x++) {
      const dx = x - cx;
      const sx = cos * dx - sin * dy + cx;
      const sy = sin * dx + cos * dy + cy;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 + 1 >= width || y0 + 1 >= height) continue;
      const fx = sx - x0;
      const fy = sy - y0;
      const i = y0 * width + x0;
      const top = data[i]! + (data[i + 1]! - data[i]!) * fx;
      const bottom = data[i + width]! + (data[i + width + 1]! - data[i + width]!) * fx;
      out[y * width + x] = top + (bottom - top) * fy;
    }
  }
  return { width, height, data: out };
}

/** The image turned by a quarter turn `turns` times clockwise (1, 2 or 3), exactly. */
export function rotateQuarter(image: GrayImage, turns: number): GrayImage {
  const { width, height, data } = image;
  const t = ((turns % 4) + 4) % 4;
  if (t === 0) return image;
  const outWidth = t === 2 ? width : height;
  const outHeight = t === 2 ? height : width;
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const value = data[y * width + x]!;
      if (t === 1) out[x * outWidth + (height - 1 - y)] = value;
      else if (t === 2) out[(height - 1 - y) * outWidth + (width - 1 - x)] = value;
      else out[(width - 1 - x) * outWidth + y] = value;
    }
  }
  return { width: outWidth, height: outHeight, data: out };
}
