import { binarize } from './binarize.ts';
import { deskew } from './deskew.ts';
import { findRules } from './find-tables.ts';
import { findTextLines } from './find-text-lines.ts';
import type { GrayImage } from './gray-image.ts';
import type { Recognizer } from './recognizer.ts';
import { rotateQuarter } from './rotate.ts';

/** Text lines read to tell upright from upside down: the longest few. */
const sampleLines = 4;

/** Sum of squared ink counts per row (`rows`) or per column: level text lines make the row profile spiky. */
function profileSharpness(ink: Uint8Array, width: number, height: number, rows: boolean): number {
  const counts = new Float64Array(rows ? height : width);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) if (ink[y * width + x]) counts[rows ? y : x]!++;
  let score = 0;
  for (const count of counts) score += count * count;
  return score;
}

/** Mean confidence of the recogniser on the longest text lines of the page. */
async function readability(image: GrayImage, recognizer: Recognizer, minHeight: number): Promise<number> {
  const { width, height } = image;
  const ink = binarize(image);
  // Table rules erased, so that the rows of a table are lines of text and not one band.
  const long = minHeight * 10;
  for (const rule of findRules(ink, width, height, false, long)) {
    for (let y = Math.max(0, Math.round(rule.at) - 3); y <= Math.min(height - 1, Math.round(rule.at) + 3); y++) ink.fill(0, y * width + rule.from, y * width + rule.to);
  }
  for (const rule of findRules(ink, width, height, true, long)) {
    for (let y = rule.from; y < rule.to; y++) ink.fill(0, y * width + Math.max(0, Math.round(rule.at) - 3), y * width + Math.min(width, Math.round(rule.at) + 4));
  }
  const lines = findTextLines(ink, image.width, { x0: 0, y0: 0, x1: image.width, y1: image.height }, { minHeight, maxGap: minHeight * 4 })
    .flat()
    .filter((box) => box.y1 - box.y0 < minHeight * 8)
    .sort((a, b) => b.x1 - b.x0 - (a.x1 - a.x0))
    .slice(0, sampleLines)
    // About a dozen characters are enough to judge, and keep the reading cheap.
    .map((box) => ({ ...box, x1: Math.min(box.x1, box.x0 + (box.y1 - box.y0) * 12) }));
  if (lines.length === 0) return 0;
  let sum = 0;
  for (const box of lines) sum += (await recognizer.read(image, box, 'text')).confidence;
  return sum / lines.length;
}

/**
 * The page turned upright and level: text lines lie along the rows of an upright or upside-down page and along the
 * columns of a page on its side, so a sideways page is given a quarter turn first; then the skew is measured and
 * undone; last, of the page and the page upside down, the one the recogniser reads with more confidence wins.
 * `turns` counts the quarter turns given, clockwise; `skew` the degrees the page was turned to lie level.
 */
export async function orient(
  source: GrayImage,
  recognizer: Recognizer,
  dpi: number,
): Promise<{ readonly image: GrayImage; readonly turns: number; readonly skew: number }> {
  const ink = binarize(source);
  const sideways = profileSharpness(ink, source.width, source.height, false) > 1.5 * profileSharpness(ink, source.width, source.height, true);
  const { image, skew } = deskew(rotateQuarter(source, sideways ? 1 : 0));
  const minHeight = Math.max(4, Math.round(dpi / 30));
  const flipped = rotateQuarter(image, 2);
  const upright = await readability(image, recognizer, minHeight);
  const upsideDown = await readability(flipped, recognizer, minHeight);
  const turns = sideways ? 1 : 0;
  return upsideDown > upright + 0.05 ? { image: flipped, turns: turns + 2, skew } : { image, turns, skew };
}
