import { approximateMatch } from './approximate-match.ts';
import type { RowTarget } from './row-catalogue.ts';

/** A row label found in a run of label text. */
export interface RowMatch {
  readonly target: RowTarget;
  /** Edit distance between the printed label and the catalogue's, 0 for an exact match. */
  readonly distance: number;
  readonly label: string;
  /** Where the match ends in the label text searched. */
  readonly end: number;
}

/** Labels up to this share of their length may be misprinted and still be recognised (`其他法律行政止公开`). */
const tolerance = 0.3;

/** Labels this short must match exactly: one typo away, `3.其他` would also be `2.其他…`, `规章` would be anything. */
const strictLength = 5;

/** How much of the label text before a run of values is searched (twice the longest label of the format): junk further back cannot be part of the label. */
const window = 80;

/**
 * The row whose label best ends the label text before a run of values: the smallest relative edit distance,
 * then the match that ends last (the label nearest the values), then the longest label, then the row that comes
 * next in the printed order. Rows already read (`read`) are not candidates; with `maxStart`, only labels that start
 * before that offset are. But a text that ends with a read row's whole label is that row printed again, never
 * another row's label misprinted (`一、本年新收政府信息公开申请数量` once more is not `二、上年结转…`): the match is then
 * the read row's, and the caller tells a repeated row.
 */
export function matchRow(
  label: string,
  candidates: Iterable<RowTarget>,
  next: number,
  maxStart = Number.POSITIVE_INFINITY,
  read: Iterable<RowTarget> = [],
): RowMatch | null {
  // Rows are printed in order: an exact label of one of the next rows, ending the text, settles it at once.
  const offset = Math.max(0, label.length - window);
  const text = offset > 0 ? label.slice(offset) : label;
  for (const target of candidates) {
    if (target.order < next || target.order > next + 2) continue;
    const exact = endingLabel(text, label.length, target, maxStart);
    if (exact) return exact;
  }
  const match = searchRow(text, offset, candidates, next, maxStart);
  if (match?.distance === 0) return match;
  for (const target of read) {
    const again = endingLabel(text, label.length, target, maxStart);
    if (again) return again;
  }
  return match;
}

/** An exact match of one of `target`'s labels (longer than 3 characters) that ends the text. */
function endingLabel(text: string, length: number, target: RowTarget, maxStart: number): RowMatch | null {
  for (const form of target.labels) {
    if (form.length > 3 && text.endsWith(form) && length - form.length < maxStart) return { target, distance: 0, label: form, end: length };
  }
  return null;
}

/** Which UTF-16 code units the searched text holds, set and cleared around each search (no allocation per call). */
const present = new Uint8Array(0x10000);

/** How many of `label`'s characters `text` (marked in `present`) does not hold. */
function absentChars(label: string): number {
  let absent = 0;
  for (let i = 0; i < label.length; i++) if (present[label.charCodeAt(i)] === 0) absent++;
  return absent;
}

/** Text after a label this long or longer may be a label of its own. */
const trailingLabel = 4;

/**
 * The best row of the label text (`bestRow`); but when that label ends before the text does and the text after it
 * is a row's label too, that row's: the label nearest the values is theirs (`(六)其他处理` then a sub-row's label that
 * OCR misread, `1,中请人无正当理由…`: the one-row （六） matched exactly, the sub-row within the tolerance).
 */
function searchRow(text: string, offset: number, candidates: Iterable<RowTarget>, next: number, maxStart: number): RowMatch | null {
  for (let i = 0; i < text.length; i++) present[text.charCodeAt(i)] = 1;
  try {
    const best = bestRow(text, offset, candidates, next, maxStart);
    const end = best ? best.end - offset : text.length;
    if (text.length - end < trailingLabel) return best;
    return bestRow(text.slice(end), offset + end, candidates, next, maxStart) ?? best;
  } finally {
    for (let i = 0; i < text.length; i++) present[text.charCodeAt(i)] = 0;
  }
}

function bestRow(text: string, offset: number, candidates: Iterable<RowTarget>, next: number, maxStart: number): RowMatch | null {
  let best: { match: RowMatch; score: number; end: number; length: number; order: number } | null = null;
  for (const target of candidates) {
    for (const label of target.labels) {
      if (label.length === 0) continue;
      if (absentChars(label) > label.length * tolerance) continue;
      const { distance, end } = approximateMatch(label, text);
      const score = distance / label.length;
      if (score > tolerance || (label.length <= strictLength && distance > 0) || offset + end - label.length >= maxStart) continue;
      const order = Math.abs(target.order - next);
      const better =
        !best ||
        score < best.score - 1e-9 ||
        (Math.abs(score - best.score) < 1e-9 &&
          (end > best.end ||
            (end === best.end && (label.length > best.length || (label.length === best.length && order < best.order)))));
      if (better) best = { match: { target, distance, label, end: offset + end }, score, end, length: label.length, order };
    }
  }
  return best?.match ?? null;
}
