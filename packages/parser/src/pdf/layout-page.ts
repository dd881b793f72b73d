import { spendBudget } from '../budget.ts';
import type { Field, Line } from '../layout/layout.ts';
import { isSpace, type PdfPageChars } from './page-chars.ts';

/**
 * Geometry thresholds, in ems of the characters concerned, measured on the corpus (WPS exports). Gaps are measured
 * between character cells (origin to origin + advance), not ink: in prose and within a table cell they stay at or
 * below 0.5 em even in fully justified lines (`号， 邮 编 ： 223100`), while neighbouring table cells stand at least
 * 0.8 em apart (narrow header cells) and usually several ems. A label top-aligned in its cell sits within a third of
 * an em of the numbers centred beside it.
 */
const BASELINE_TOLERANCE = 0.35;
const FIELD_GAP = 0.75;
/**
 * Between two characters of figures (digits, placeholders) the gap that parts two cells is smaller: a number's digits
 * stand side by side (at most a quarter em apart on the corpus, justified prose included), while a browser's print
 * of a narrow table leaves two wide figures of neighbouring cells 0.67 em apart (`16846` `39716`), read as one
 * figure if joined. More than a digit's width (half an em) parts them.
 */
const FIGURE_GAP = 0.5;
/**
 * Inside a field, the gap that may part two cells of a table printed with little padding (`Field.parts`): the
 * characters of one word stand side by side, while LibreOffice prints a web page's narrow header cells 0.3 em apart.
 */
const PART_GAP = 0.2;
/** A field longer than this is prose or a row, not one line of header cells: its parts are not kept. */
const MAX_PARTED_LENGTH = 24;
/** Stacked characters (vertical labels): horizontal misalignment allowed, and the most space between two of them. */
const STACK_ALIGN = 0.6;
const STACK_GAP = 1.6;
const STACK_MIN_LENGTH = 3;

interface RawField {
  text: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
  /** Largest font size in the field. */
  size: number;
  /** Baseline of the line it was read on. */
  baseline: number;
  stacked: boolean;
  /** Its parts between gaps wider than `PART_GAP`, once there is such a gap (`Field.parts`). */
  parts: Array<{ text: string; left: number; right: number }> | undefined;
}

interface RawLine {
  baseline: number;
  fields: RawField[];
  /** A line made of one stacked (vertical) field; sorts before an ordinary line on the same baseline. */
  vertical: boolean;
}

/** Lay out one page: characters → lines (top to bottom) → fields (left to right), vertical labels as their own lines. */
export function layoutPage(chars: PdfPageChars, out: Line[]): void {
  const { count, code, left, right, top, bottom, originX, originY, fontSize, cellLeft, cellRight } = chars;
  if (count === 0) return;
  // Plain arrays of indices, not typed ones: `Array#sort` is a TimSort that takes the runs a page's content order
  // already holds (a line's characters in a row) in one pass, where a typed array's sort compares every pair anew.
  // The comparators answer -1, 0 or 1, never a difference of coordinates: a fraction would be a number allocated
  // on the heap at every comparison.
  const order: number[] = [];
  for (let i = 0; i < count; i++) order.push(i);
  order.sort((a, b) => compare(originY[a]!, originY[b]!) || compare(originX[a]!, originX[b]!));

  const lines: RawLine[] = [];
  let start = 0;
  while (start < count) {
    const first = order[start]!;
    const anchor = originY[first]!;
    let size = fontSize[first]!;
    let end = start + 1;
    for (; end < count; end++) {
      const i = order[end]!;
      if (originY[i]! - anchor > BASELINE_TOLERANCE * Math.max(size, fontSize[i]!)) break;
      if (fontSize[i]! > size) size = fontSize[i]!;
    }
    const members = order.slice(start, end);
    spendBudget(members.length);
    // Most lines are in order already (one baseline, read left to right): the sort, which would leave them as they
    // are, is then not even started.
    if (!isSortedBy(members, cellLeft)) members.sort((a, b) => compare(cellLeft[a]!, cellLeft[b]!));
    const fields = splitFields(members, anchor);
    if (fields.length > 0) lines.push({ baseline: anchor, fields, vertical: false });
    start = end;
  }

  const stacks = findStacks(lines);
  for (const stack of stacks) lines.push({ baseline: stack.baseline, fields: [stack], vertical: true });
  if (stacks.length > 0) {
    for (const line of lines) if (!line.vertical) line.fields = line.fields.filter((field) => !field.stacked);
    lines.sort((a, b) => a.baseline - b.baseline || Number(b.vertical) - Number(a.vertical));
  }

  // text past the page's right edge (more than a point, as rounding goes), where a table wider than the page runs
  // on: what lay further out may be lost. Not the left: a page whose box does not start at 0 may hold text there.
  let overflows = false;
  for (let i = 0; i < count && !overflows; i++) overflows = right[i]! > chars.width + 1;
  for (const line of lines) {
    if (line.fields.length === 0) continue;
    const fields: Field[] = [];
    let lineLeft = Infinity;
    let lineTop = Infinity;
    let lineRight = -Infinity;
    let lineBottom = -Infinity;
    for (const field of line.fields) {
      fields.push({
        text: field.text,
        place: { kind: 'pdf', page: chars.page, bbox: [round(field.left), round(field.top), round(field.right), round(field.bottom)] },
        x: [round(field.left), round(field.right)],
        ...(field.parts
          ? { parts: field.parts.map((part) => ({ text: part.text, x: [round(part.left), round(part.right)] as const })) }
          : {}),
      });
      if (field.left < lineLeft) lineLeft = field.left;
      if (field.top < lineTop) lineTop = field.top;
      if (field.right > lineRight) lineRight = field.right;
      if (field.bottom > lineBottom) lineBottom = field.bottom;
    }
    out.push({
      fields,
      place: { kind: 'pdf', page: chars.page, bbox: [round(lineLeft), round(lineTop), round(lineRight), round(lineBottom)] },
      page: chars.page,
      ...(overflows ? { overflows: true as const } : {}),
    });
  }

  /** Split one line's characters (sorted left to right) into fields at gaps wider than about a character. */
  function splitFields(members: readonly number[], baseline: number): RawField[] {
    const fields: RawField[] = [];
    let field: RawField | undefined;
    let fieldEnd = 0;
    let spaces = '';
    let previous = 0;
    for (const i of members) {
      const c = code[i]!;
      if (isSpace(c)) {
        if (field) spaces += String.fromCharCode(c);
        continue;
      }
      const size = fontSize[i]!;
      const gap = field ? (cellLeft[i]! - fieldEnd) / Math.max(size, field.size) : 0;
      if (gap > FIELD_GAP || (gap > FIGURE_GAP && isFigureChar(previous) && isFigureChar(c))) field = undefined;
      previous = c;
      if (!field) {
        field = { text: '', left: left[i]!, top: top[i]!, right: right[i]!, bottom: bottom[i]!, size, baseline, stacked: false, parts: undefined };
        fields.push(field);
        fieldEnd = cellRight[i]!;
      } else {
        if (field.text.length >= MAX_PARTED_LENGTH) field.parts = undefined;
        else if (gap > PART_GAP) {
          field.parts ??= [{ text: field.text, left: field.left, right: field.right }];
          field.parts.push({ text: '', left: left[i]!, right: right[i]! });
        }
        if (cellRight[i]! > fieldEnd) fieldEnd = cellRight[i]!;
        field.text += spaces;
        if (left[i]! < field.left) field.left = left[i]!;
        if (top[i]! < field.top) field.top = top[i]!;
        if (right[i]! > field.right) field.right = right[i]!;
        if (bottom[i]! > field.bottom) field.bottom = bottom[i]!;
        if (size > field.size) field.size = size;
      }
      spaces = '';
      field.text += String.fromCodePoint(c);
      const part = field.parts?.at(-1);
      if (part) {
        part.text += String.fromCodePoint(c);
        if (right[i]! > part.right) part.right = right[i]!;
      }
    }
    return fields;
  }
}

/** A digit or a placeholder printed for a blank cell (`-`, `—`, `/`, `／`). */
function isFigureChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2014 || c === 0x2f || c === 0xff0f;
}

/**
 * Vertical labels (`三、本年度办理结果` in a narrow merged cell) print one character per line. Find runs of at least
 * three single-character fields, one under the other at the same x, and return each run as one field (marking its
 * members `stacked`). Digits never stack: a column of single-digit table values is not a label.
 */
function findStacks(lines: readonly RawLine[]): RawField[] {
  const candidates: RawField[] = [];
  for (const line of lines) for (const field of line.fields) if (isStackable(field.text)) candidates.push(field);
  if (candidates.length < STACK_MIN_LENGTH) return [];
  candidates.sort((a, b) => a.top - b.top);
  const runs: RawField[][] = [];
  for (const candidate of candidates) {
    const em = candidate.size;
    const run = runs.find((members) => {
      const last = members[members.length - 1]!;
      const gap = candidate.top - last.bottom;
      return (
        last.baseline !== candidate.baseline &&
        gap > -0.25 * em &&
        gap <= STACK_GAP * Math.max(em, last.size) &&
        (Math.abs(center(candidate) - center(last)) <= STACK_ALIGN * em || Math.abs(candidate.left - last.left) <= STACK_ALIGN * em)
      );
    });
    if (run) run.push(candidate);
    else runs.push([candidate]);
  }
  const stacks: RawField[] = [];
  for (const run of runs) {
    if (run.length < STACK_MIN_LENGTH) continue;
    const first = run[0]!;
    const stack: RawField = { ...first, text: '', stacked: false, parts: undefined };
    for (const member of run) {
      member.stacked = true;
      stack.text += member.text;
      stack.left = Math.min(stack.left, member.left);
      stack.right = Math.max(stack.right, member.right);
      stack.bottom = Math.max(stack.bottom, member.bottom);
      stack.size = Math.max(stack.size, member.size);
    }
    stacks.push(stack);
  }
  return stacks;
}

/** One character that is not a digit, optionally followed by one punctuation mark (`三、`). */
function isStackable(text: string): boolean {
  const length = text.length;
  if (length === 0 || length > 2) return false;
  const first = text.charCodeAt(0);
  if (first >= 0x30 && first <= 0x39) return false;
  if (first >= 0xd800 && first <= 0xdbff) return length === 2;
  return length === 1 || /[\p{P}]/u.test(text[1]!);
}

function center(field: RawField): number {
  return (field.left + field.right) / 2;
}

/** True when `indices` are in the order of their `values` (by `compare`): a stable sort would not move any. */
function isSortedBy(indices: readonly number[], values: Float64Array): boolean {
  for (let k = 1; k < indices.length; k++) if (compare(values[indices[k - 1]!]!, values[indices[k]!]!) > 0) return false;
  return true;
}

/** The order of two coordinates as -1, 0 or 1; 0 when either is NaN, as for their difference. */
function compare(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Two decimals are finer than any printed detail and keep places readable in diagnostics. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}
