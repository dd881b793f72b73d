import type { Box, GrayImage } from './gray-image.ts';

/** Height of the recogniser's input, in pixels (PP-OCRv4). */
const inputHeight = 48;
/** Widest input, in pixels: longer crops are squeezed. */
const maxInputWidth = 3200;

/** What the recogniser read in one crop. */
export interface Reading {
  readonly text: string;
  /** Mean probability of the characters read, 0–1; 0 for an empty reading. */
  readonly confidence: number;
  /**
   * Other readings the engine found likely, most likely first: one uncertain character changed to its runner-up, or
   * dropped where the blank nearly won (a stroke of a seal or a rule read as a `1`), one at a time.
   */
  readonly candidates: readonly string[];
}

/** Runs a CTC text-line model on one input tensor: `[1, 3, 48, width]` in, `[1, steps, classes]` probabilities out. */
export type RunModel = (input: Float32Array, width: number) => Promise<{ readonly data: Float32Array; readonly steps: number; readonly classes: number }>;

/**
 * How a crop is decoded: `text` (any character), `digits` (digits and the decimal point only) or `auto` (as text,
 * then again as digits when the text holds no Chinese character and is short: a number with 0 misread as Q, say).
 */
export type ReadMode = 'text' | 'digits' | 'auto';

/** A reading that holds no Han character and at most this many characters is a number read as letters. */
const maxNumberLength = 14;

/** A character whose runner-up (another character, or the blank) is at least this likely is uncertain, and its runner-up a candidate. */
const candidateProbability = 0.05;

function resizeCrop(image: GrayImage, box: Box): { input: Float32Array; width: number } {
  const w = box.x1 - box.x0;
  const h = box.y1 - box.y0;
  const width = Math.max(8, Math.min(maxInputWidth, Math.round((w * inputHeight) / h)));
  const plane = width * inputHeight;
  const input = new Float32Array(plane * 3);
  for (let y = 0; y < inputHeight; y++) {
    const sy = box.y0 + ((y + 0.5) * h) / inputHeight - 0.5;
    const y0 = Math.max(box.y0, Math.min(box.y1 - 1, Math.floor(sy)));
    const y1 = Math.min(box.y1 - 1, y0 + 1);
    const fy = Math.max(0, Math.min(1, sy - y0));
    for (let x = 0; x < width; x++) {
      const sx = box.x0 + ((x + 0.5) * w) / width - 0.5;
      const x0 = Math.max(box.x0, Math.min(box.x1 - 1, Math.floor(sx)));
      const x1 = Math.min(box.x1 - 1, x0 + 1);
      const fx = Math.max(0, Math.min(1, sx - x0));
      const d = image.data;
      const top = d[y0 * image.width + x0]! * (1 - fx) + d[y0 * image.width + x1]! * fx;
      const bottom = d[y1 * image.width + x0]! * (1 - fx) + d[y1 * image.width + x1]! * fx;
      const value = ((top * (1 - fy) + bottom * fy) / 255 - 0.5) / 0.5;
      const at = y * width + x;
      input[at] = value;
      input[plane + at] = value;
      input[2 * plane + at] = value;
    }
  }
  return { input, width };
}

/** Reads text lines with a PaddleOCR recognition model and its character dictionary. */
export class Recognizer {
  /** The classes a number may hold: the blank, the digits and the point. */
  private readonly digitClasses: Int32Array;

  /** `dictionary`: the model's characters in class order, class 0 (the CTC blank) excluded. */
  constructor(
    private readonly run: RunModel,
    private readonly dictionary: readonly string[],
  ) {
    const digits = [0];
    dictionary.forEach((char, i) => {
      if (/^[0-9.]$/u.test(char)) digits.push(i + 1);
    });
    this.digitClasses = Int32Array.from(digits);
  }

  /** Reads the text in `box` of `image`, a crop one text line high. */
  async read(image: GrayImage, box: Box, mode: ReadMode = 'text'): Promise<Reading> {
    const { input, width } = resizeCrop(image, box);
    const output = await this.run(input, width);
    if (mode !== 'auto') return this.decode(output.data, output.steps, output.classes, mode);
    const text = this.decode(output.data, output.steps, output.classes, 'text');
    const numeric = text.text.length > 0 && text.text.length <= maxNumberLength && !/\p{Script=Han}/u.test(text.text);
    return numeric ? this.decode(output.data, output.steps, output.classes, 'digits') : text;
  }

  /** Greedy CTC decoding; in `digits` mode only the blank, digits and the point compete. */
  decode(probs: Float32Array, steps: number, classes: number, mode: 'text' | 'digits'): Reading {
    const digits = mode === 'digits' ? this.digitClasses : null;
    // `blank`: how likely the blank was where the character won, the odds that there is no character at all.
    // `split`: how likely the blank was at a step inside the character's run, the odds that the run is the character
    // twice (`11` read `1`: greedy decoding merges a repeated character that no step parts with a blank).
    const chars: Array<{ char: string; p: number; second: string | null; q: number; blank: number; split: number }> = [];
    // Characters that nearly stood where the blank won (a faint digit lost to it): before which read character
    // (`at`, the count read so far), and how likely.
    const missed: Array<{ char: string; at: number; q: number }> = [];
    let previous = -1;
    for (let t = 0; t < steps; t++) {
      let best = -1;
      let bestP = -1;
      let second = -1;
      let secondP = -1;
      const row = t * classes;
      const count = digits ? digits.length : classes;
      for (let k = 0; k < count; k++) {
        const c = digits ? digits[k]! : k;
        const p = probs[row + c]!;
        if (p > secondP) {
          if (p > bestP) {
            second = best;
            secondP = bestP;
            best = c;
            bestP = p;
          } else {
            second = c;
            secondP = p;
          }
        }
      }
      if (best === 0 && second > 0 && secondP >= candidateProbability) {
        missed.push({ char: this.dictionary[second - 1] ?? '', at: chars.length, q: secondP });
      }
      if (best !== 0 && best !== previous) {
        chars.push({
          char: this.dictionary[best - 1] ?? '',
          p: bestP,
          second: second > 0 ? (this.dictionary[second - 1] ?? null) : null,
          q: second > 0 ? secondP : 0,
          blank: second === 0 ? secondP : 0,
          split: 0,
        });
      } else if (best !== 0 && best === previous) {
        const last = chars.at(-1)!;
        // The character is as sure as its surest step: the blank counts only where no step is sure of it.
        if (bestP > last.p) last.blank = second === 0 ? secondP : 0;
        if (second === 0) last.split = Math.max(last.split, secondP);
        last.p = Math.max(last.p, bestP);
        if (second > 0 && secondP > last.q) {
          last.second = this.dictionary[second - 1] ?? null;
          last.q = secondP;
        }
      }
      previous = best;
    }
    const text = chars.map((c) => c.char).join('');
    const confidence = chars.length ? chars.reduce((s, c) => s + c.p, 0) / chars.length : 0;
    const changed = chars
      .map((c, i) => ({ q: c.q, text: text.slice(0, i) + c.second + text.slice(i + 1), keep: c.second !== null && (mode === 'text' || /^[0-9]$/u.test(c.second)) }))
      .filter((candidate) => candidate.keep && candidate.q >= candidateProbability);
    const dropped = chars
      .map((c, i) => ({ q: c.blank, text: text.slice(0, i) + text.slice(i + 1) }))
      .filter((candidate) => candidate.q >= candidateProbability && candidate.text !== '');
    // A figure's lost digit: doubled where greedy decoding merged it (`11` read `1`), or one the blank outweighed.
    const doubled = chars.map((c, i) => ({ q: c.split, text: text.slice(0, i + 1) + c.char + text.slice(i + 1) }));
    const inserted = missed.map((m) => ({ q: m.q, text: text.slice(0, m.at) + m.char + text.slice(m.at) }));
    const lost = mode === 'digits' ? [...doubled, ...inserted].filter((candidate) => candidate.q >= candidateProbability) : [];
    const candidates = [...new Set([...changed, ...dropped, ...lost].sort((a, b) => b.q - a.q).map((candidate) => candidate.text))];
    return { text, confidence, candidates: candidates.filter((candidate) => candidate !== text) };
  }
}
