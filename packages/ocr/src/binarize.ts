import type { GrayImage } from './gray-image.ts';

/** Otsu's threshold of a grayscale image: the level that best splits ink from paper. */
export function otsuThreshold(image: GrayImage): number {
  const histogram = new Float64Array(256);
  const data = image.data;
  for (let i = 0; i < data.length; i++) histogram[data[i]!]!++;
  const total = data.length;
  let sum = 0;
  for (let i = 0; i < 256; i++) sum += i * histogram[i]!;
  let background = 0;
  let backgroundSum = 0;
  let best = 0;
  let threshold = 128;
  for (let t = 0; t < 256; t++) {
    background += histogram[t]!;
    if (background === 0) continue;
    const foreground = total - background;
    if (foreground === 0) break;
    backgroundSum += t * histogram[t]!;
    const meanBackground = backgroundSum / background;
    const meanForeground = (sum - backgroundSum) / foreground;
    const between = background * foreground * (meanBackground - meanForeground) ** 2;
    if (between > best) {
      best = between;
      threshold = t;
    }
  }
  return threshold;
}

/** The ink level of a page: Otsu's threshold, capped at 200 so a blank page stays blank. */
export function inkThreshold(image: GrayImage): number {
  return Math.min(otsuThreshold(image), 200);
}

/**
 * Ink mask: 1 where the pixel is at or below `threshold` (default: the image's own {@link inkThreshold}; a page turned
 * level keeps the threshold of the scan it came from).
 */
export function binarize(image: GrayImage, threshold = inkThreshold(image)): Uint8Array {
  const data = image.data;
  const ink = new Uint8Array(data.length);
  for (let i = 0; i < ink.length; i++) ink[i] = data[i]! <= threshold ? 1 : 0;
  return ink;
}
