import { binarize, inkThreshold } from './binarize.ts';
import { deskew } from './deskew.ts';
import { findPageRules, findTables, ruleTolerance, type PageRules, type Rule } from './find-tables.ts';
import { findTextLines, minLineHeight } from './find-text-lines.ts';
import type { Box, GrayImage } from './gray-image.ts';
import type { Recognizer } from './recognizer.ts';
import { rotateQuarter } from './rotate.ts';

/** Text lines read to tell upright from upside down: the longest few. */
const sampleLines = 3;
/** Characters read of each sampled line: enough to judge, few enough to keep the reading cheap. */
const sampleCharacters = 8;
/** How much more confidently the page upside down must read to be taken so. */
const flipMargin = 0.05;

/** A page turned upright and level, with its ink mask and rules. */
export interface OrientedPage {
  readonly image: GrayImage;
  /** Ink mask of `image` (1 = ink). */
  readonly ink: Uint8Array;
  /** Rules of `image`: horizontal at least 0.3 inch long, vertical at least 0.15 inch. */
  readonly rules: PageRules;
  /** Quarter turns (clockwise) given to the scan. */
  readonly turns: number;
  /** Degrees the scan was turned to lie level. */
  readonly skew: number;
}

/**
 * How many times sharper one of a page's profiles must be than the other for the profiles alone to tell which way
 * its lines run; between, the text lines in the page's table cells tell.
 */
const profileMargin = 1.5;

/** How many times more of a page's cell text must lie along one way than the other for the cells to tell. */
const cellMargin = 2;

/** How sharp a profile of ink counts is, whatever its length and the page's darkness: its variance over its squared mean. */
function sharpness(counts: Float64Array): number {
  let sum = 0;
  for (const count of counts) sum += count;
  const mean = sum / counts.length;
  if (mean === 0) return 0;
  let variance = 0;
  for (const count of counts) variance += (count - mean) ** 2;
  return variance / counts.length / (mean * mean);
}

/**
 * How much sharper the column profile of an ink mask (ink per column) is than its row profile: far above 1 when
 * text lines run down the page, lines and the gaps between them making the peaks; far below 1 when they run across.
 * Sharpness is taken relative to each profile's mean, so that a landscape page's longer rows do not weigh in.
 */
function profileRatio(ink: Uint8Array, width: number, height: number): number {
  const rows = new Float64Array(height);
  const columns = new Float64Array(width);
  for (let y = 0, i = 0; y < height; y++) {
    let count = 0;
    for (let x = 0; x < width; x++, i++) {
      if (ink[i]) {
        count++;
        columns[x]!++;
      }
    }
    rows[y] = count;
  }
  return sharpness(columns) / sharpness(rows);
}

/**
 * The width of the text lying along the rows inside a page's table cells: the pieces of text line (split at gaps
 * of two line heights) at least twice as wide as tall. Labels written across make most of it on an upright page;
 * on a page lying on its side, only headers printed one character under another do.
 */
function cellTextAlong(page: OrientedPage, dpi: number): number {
  const { ink, rules, image } = page;
  const tolerance = ruleTolerance(dpi);
  const minHeight = minLineHeight(dpi);
  let along = 0;
  for (const table of findTables(rules.horizontal, rules.vertical, tolerance)) {
    for (const { box } of table.cells) {
      const inner = { x0: box.x0 + tolerance, y0: box.y0 + tolerance, x1: box.x1 - tolerance, y1: box.y1 - tolerance };
      if (inner.x1 <= inner.x0 || inner.y1 <= inner.y0) continue;
      for (const piece of findTextLines(ink, image.width, inner, { minHeight, maxGap: minHeight * 2 }).flat()) {
        if (piece.x1 - piece.x0 >= 2 * (piece.y1 - piece.y0)) along += piece.x1 - piece.x0;
      }
    }
  }
  return along;
}

/** The longest few text lines of a page (table rules erased, so that table rows are lines), cut to a few characters. */
function sampleTextLines(ink: Uint8Array, width: number, height: number, rules: PageRules, minHeight: number): Box[] {
  const erased = ink.slice();
  const long = minHeight * 10;
  for (const rule of rules.horizontal) {
    if (rule.to - rule.from < long) continue;
    for (let y = Math.max(0, Math.round(rule.at) - 3); y <= Math.min(height - 1, Math.round(rule.at) + 3); y++) erased.fill(0, y * width + rule.from, y * width + rule.to);
  }
  for (const rule of rules.vertical) {
    if (rule.to - rule.from < long) continue;
    for (let y = rule.from; y < rule.to; y++) erased.fill(0, y * width + Math.max(0, Math.round(rule.at) - 3), y * width + Math.min(width, Math.round(rule.at) + 4));
  }
  return findTextLines(erased, width, { x0: 0, y0: 0, x1: width, y1: height }, { minHeight, maxGap: minHeight * 4 })
    .flat()
    .filter((box) => box.y1 - box.y0 < minHeight * 8)
    .sort((a, b) => b.x1 - b.x0 - (a.x1 - a.x0))
    .slice(0, sampleLines)
    .map((box) => ({ ...box, x1: Math.min(box.x1, box.x0 + (box.y1 - box.y0) * sampleCharacters) }));
}

/** Mean confidence of the recogniser on `boxes` of `image`. */
async function readability(image: GrayImage, boxes: readonly Box[], recognizer: Recognizer): Promise<number> {
  let sum = 0;
  for (const box of boxes) sum += (await recognizer.read(image, box, 'text')).confidence;
  return sum / boxes.length;
}

/** The rules of the page turned by half a turn. */
function flipRules(rules: PageRules, width: number, height: number): PageRules {
  const flip = (rule: Rule, across: number, along: number): Rule => ({ at: across - 1 - rule.at, from: along - rule.to, to: along - rule.from });
  return {
    horizontal: rules.horizontal.map((rule) => flip(rule, height, width)),
    vertical: rules.vertical.map((rule) => flip(rule, width, height)),
  };
}

/** The page given `turns` quarter turns and levelled, with its mask and rules. */
function levelled(source: GrayImage, sourceInk: Uint8Array, threshold: number, turns: 0 | 1, dpi: number): OrientedPage {
  const turned = rotateQuarter(source, turns);
  const turnedInk = turns ? rotateQuarter({ ...source, data: sourceInk }, turns).data : sourceInk;
  const { image, skew } = deskew(turned, turnedInk);
  const ink = image === turned ? turnedInk : binarize(image, threshold);
  return { image, ink, rules: findPageRules(ink, image.width, image.height, dpi), turns, skew };
}

/**
 * The page lying with its lines across: given a quarter turn when the profiles of ink say its lines run down it.
 * Where the profiles do not tell (a page of ruled table, its figures aligned both ways), the page is levelled both
 * ways and the one whose table cells hold clearly more text lying along the rows is taken; where the cells do not
 * tell either (no table), the sharper profile.
 */
function lying(source: GrayImage, sourceInk: Uint8Array, threshold: number, dpi: number): OrientedPage {
  const ratio = profileRatio(sourceInk, source.width, source.height);
  if (ratio > profileMargin || ratio < 1 / profileMargin) return levelled(source, sourceInk, threshold, ratio > 1 ? 1 : 0, dpi);
  const across = levelled(source, sourceInk, threshold, 0, dpi);
  const down = levelled(source, sourceInk, threshold, 1, dpi);
  const acrossText = cellTextAlong(across, dpi);
  const downText = cellTextAlong(down, dpi);
  if (acrossText > cellMargin * downText) return across;
  if (downText > cellMargin * acrossText) return down;
  return ratio > 1 ? down : across;
}

/**
 * The page turned upright and level. Text lines lie along the rows of an upright or upside-down page and along the
 * columns of a page on its side: a sideways page is given a quarter turn first (see `lying`), and levelled; last,
 * the page upside down is taken when the recogniser reads it with clearly more confidence. The page is binarised
 * once, at the scan's own threshold; the upside-down page's mask and rules are the upright ones turned.
 */
export async function orient(source: GrayImage, recognizer: Recognizer, dpi: number): Promise<OrientedPage> {
  const threshold = inkThreshold(source);
  const upright = lying(source, binarize(source, threshold), threshold, dpi);
  const { image, ink, rules, turns, skew } = upright;
  const { width, height } = image;
  const boxes = sampleTextLines(ink, width, height, rules, minLineHeight(dpi));
  if (boxes.length === 0) return upright;
  const uprightScore = await readability(image, boxes, recognizer);
  // Upside down wins only by a margin: past 1 − margin upright, it cannot, and is not read.
  if (uprightScore >= 1 - flipMargin) return upright;
  const flippedBoxes = boxes.map((b) => ({ x0: width - b.x1, y0: height - b.y1, x1: width - b.x0, y1: height - b.y0 }));
  const flipped = rotateQuarter(image, 2);
  const upsideDownScore = await readability(flipped, flippedBoxes, recognizer);
  if (upsideDownScore <= uprightScore + flipMargin) return upright;
  return { image: flipped, ink: ink.slice().reverse(), rules: flipRules(rules, width, height), turns: turns + 2, skew };
}
