import { binarize } from './binarize.ts';
import type { GrayImage } from './gray-image.ts';
import { rotate } from './rotate.ts';

/** Skew angles tried, in degrees: scans are seldom more than 5° off. */
const maxSkew = 5;

/** The ink pixels of a mask on every `step`-th row and column, as coordinates. */
function samplePoints(ink: Uint8Array, width: number, height: number, step: number): { xs: Int32Array; ys: Int32Array } {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < height; y += step) {
    for (let x = 0, i = y * width; x < width; x += step, i += step) {
      if (ink[i]) {
        xs.push(x);
        ys.push(y);
      }
    }
  }
  return { xs: Int32Array.from(xs), ys: Int32Array.from(ys) };
}

/**
 * Row-profile sharpness of ink points turned by `degrees`: text lines and rulings that lie level make a spiky row
 * profile (sum of squared row counts), tilted ones a flat one. Points sampled every `step` pixels.
 */
function sharpness(points: { xs: Int32Array; ys: Int32Array }, width: number, height: number, degrees: number, step: number): number {
  const tan = Math.tan((degrees * Math.PI) / 180);
  // Bins one step high: sampled rows fall one per bin at every angle, so no angle is favoured by aliasing.
  const rows = new Float64Array(Math.ceil((height + width) / step) + 2);
  const offset = Math.ceil(Math.abs(tan) * width);
  const { xs, ys } = points;
  for (let k = 0; k < xs.length; k++) rows[Math.floor((ys[k]! + xs[k]! * tan + offset) / step)]!++;
  let score = 0;
  for (const count of rows) score += count * count;
  return score;
}

/**
 * The skew of a page in degrees (positive: the content climbs to the right), found to 0.1°, from its ink mask
 * (default: the image binarised).
 */
export function measureSkew(image: GrayImage, ink: Uint8Array = binarize(image)): number {
  const step = Math.max(1, Math.round(image.width / 600));
  const points = samplePoints(ink, image.width, image.height, step);
  let best = 0;
  let bestScore = -1;
  const search = (from: number, to: number, by: number): void => {
    for (let angle = from; angle <= to + 1e-9; angle += by) {
      const score = sharpness(points, image.width, image.height, angle, step);
      if (score > bestScore) {
        bestScore = score;
        best = angle;
      }
    }
  };
  search(-maxSkew, maxSkew, 0.5);
  const coarse = best;
  search(coarse - 0.5, coarse + 0.5, 0.1);
  return Math.round(best * 10) / 10;
}

/** The page turned level; unchanged when its skew is under 0.1°. `ink`: its ink mask (default: the image binarised). */
export function deskew(image: GrayImage, ink?: Uint8Array): { readonly image: GrayImage; readonly skew: number } {
  const skew = measureSkew(image, ink);
  return { image: Math.abs(skew) < 0.1 ? image : rotate(image, -skew), skew };
}
