import { isPlaceholder, type Place } from '@disclosure/core/lite';
import { isBlank } from '../layout/is-blank.ts';
import type { Field, FieldPart, Line } from '../layout/layout.ts';
import { foldDigits } from './fold-digits.ts';
import { doubtedOutsideCell, ocrAlternatives } from './ocr-alternatives.ts';

/** Label text as printed. */
export interface TextToken {
  readonly kind: 'text';
  readonly text: string;
  readonly line: number;
}

/** A cell's value: a number, or `null` for a placeholder (`/`, `—`, `无`) or an empty field of a grid. */
export interface ValueToken {
  readonly kind: 'value';
  readonly value: number | null;
  /** The cell's text as printed (empty for an empty grid field, `?` for an {@link ValueToken.illegible} one). */
  readonly printed: string;
  /** The unit printed inside the cell (`251000元`), if any. */
  readonly unit?: '元' | '万元';
  /**
   * Other values an OCR engine found likely for the cell (`Field.candidates`), when it doubted its reading; none (an
   * empty list) for a figure it read with other text as one line, not in a ruled cell of its own (`doubtedOutsideCell`).
   */
  readonly alternatives?: readonly number[];
  /**
   * Set on an empty cell of an image where the OCR engine saw ink but read nothing, or saw none where its row cannot
   * show it blank (`doubtFaintBlanks`): the cell is unread, not blank.
   */
  readonly illegible?: true;
  /**
   * Set on an empty field of a row of a table whose bars text draws (Markdown's pipes, a text browser's rules): its
   * bars mark it as a cell, blank even at either end of the row (a field at an end of tab-separated text may be a
   * stray separator or a label's column).
   */
  readonly barred?: true;
  /** Read by an OCR engine: a reading that breaks its row's check is a misread somewhere in the row, never kept. */
  readonly ocr?: true;
  /** True for a run of digits in text that lost its cell separators: it may hold several cells. */
  readonly run: boolean;
  readonly place: Place;
  readonly line: number;
  readonly column?: number;
  /** How many grid columns the value's cell is merged over (`colspan`), when more than one. */
  readonly span?: number;
  readonly x?: readonly [number, number];
  /**
   * On a page, a figure whose digits stand apart in places (`Field.parts`, every part digits): maybe the figures of
   * neighbouring narrow cells printed nearly touching (`178` `37` read as `17837`). Only a header that puts each part
   * under a column of its own parts it.
   */
  readonly parts?: readonly FieldPart[];
}

export type Token = TextToken | ValueToken;

// a sign: 2019's 本年增/减 prints an increase `+3` as often as `3`
const valueWord = /^([-−+]?(?:\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.\d+)?)(万元|元|件|条|个|项)?$/u;
/** Digit runs inside text: a number is not a date, a percentage or an ordinal (`1.`, `2、`). */
const inlineNumber = /\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?/gu;

/** Digits a number may have and still be exact as a JavaScript number; a longer one is no cell's value. */
export const exactDigits = 15;

/** How many ASCII digits `text` holds (what `\d` matches), counted without a copy. */
export function countDigits(text: string): number {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) digits++;
  }
  return digits;
}

/** True for a word of ASCII digits only (most cells), read without the general pattern. */
function isPlainDigits(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

function parseValue(word: string): { value: number; unit?: '元' | '万元' } | null {
  if (isPlainDigits(word)) return { value: Number(word) };
  const match = valueWord.exec(word);
  if (!match) return null;
  const value = Number(match[1]!.replace(/[,，]/g, '').replace('−', '-'));
  if (!Number.isFinite(value)) return null;
  const unit = match[2];
  return unit === '元' || unit === '万元' ? { value, unit } : { value };
}

function shiftPlace(place: Place, offset: number): Place {
  return place.kind === 'text' && offset !== 0 ? { ...place, column: place.column + offset } : place;
}

type MutableValueToken = { -readonly [K in keyof ValueToken]: ValueToken[K] };

/**
 * A value token of `field`, with the field's column and x-range when it has them: each made in one literal, as a
 * property added afterwards grows the object into a second allocation.
 */
function placedToken(value: number | null, printed: string, field: Field, line: number, place: Place, run: boolean): MutableValueToken {
  const { column, x, span } = field;
  if (column !== undefined) {
    // a cell merged over several columns (rare: a web page's `colspan`)
    if (span !== undefined && span > 1) return { kind: 'value', value, printed, run, place, line, column, span, ...(x !== undefined ? { x } : {}) };
    return x !== undefined
      ? { kind: 'value', value, printed, run, place, line, column, x }
      : { kind: 'value', value, printed, run, place, line, column };
  }
  return x !== undefined ? { kind: 'value', value, printed, run, place, line, x } : { kind: 'value', value, printed, run, place, line };
}

function valueToken(word: string, field: Field, line: number, offset: number, run: boolean): ValueToken | null {
  const place = shiftPlace(field.place, offset);
  if (isPlaceholder(word)) return placedToken(null, word, field, line, place, run);
  const parsed = parseValue(word);
  // A figure too long to be exact is kept only as a run of digits, to be cut into cells (never read whole).
  if (!parsed || (!run && countDigits(word) > exactDigits)) return null;
  const token = placedToken(parsed.value, word, field, line, place, run);
  if (parsed.unit) token.unit = parsed.unit;
  if (field.ocr !== undefined) {
    token.ocr = true;
    const alternatives = (run ? undefined : ocrAlternatives(field, word, parsed.value)) ?? (doubtedOutsideCell(field) ? [] : undefined);
    if (alternatives) token.alternatives = alternatives;
  }
  return token;
}

/** A word that is label text ending in a figure: CJK text or a closing bracket, then the figure. */
const gluedFigure = /^(.*[\u4e00-\u9fff）)”"])((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)$/u;

/** Words of a field of a grid: a whole word that is a number or a placeholder is a value, anything else is label text. */
function tokenizeGridField(field: Field, line: number, out: Token[], barred: boolean): void {
  const text = field.text;
  const trimmed = text.trim();
  if (trimmed === '') {
    // A cell where OCR saw ink and read nothing holds a value nobody could read: `?`, placed like any value.
    const token = placedToken(null, field.ocr ? '?' : '', field, line, field.place, false);
    if (field.ocr) token.illegible = true;
    if (barred) token.barred = true;
    out.push(token);
    return;
  }
  const offset = trimmed === text ? 0 : text.length - text.trimStart().length;
  // Digits too many for one exact figure, in a grid of text (a table a page or an extraction merged: no places): a run
  // of cells whose separators were lost, to cut as crawler text's are. On a page such a field is figures that touch.
  const whole = valueToken(trimmed, field, line, offset, false) ?? (!field.x && /^\d+$/u.test(trimmed) ? valueToken(trimmed, field, line, offset, true) : null);
  if (whole) {
    if (field.parts && field.parts.every((part) => /^\d+$/u.test(part.text)) && field.parts.map((part) => part.text).join('') === trimmed) {
      (whole as MutableValueToken).parts = field.parts;
    }
    out.push(whole);
    return;
  }
  if (!/\s/u.test(trimmed)) {
    // One word that is not a figure: label text, or (on a page) label text with a figure glued to it.
    const glued = field.x ? gluedFigure.exec(trimmed) : null;
    if (!glued) {
      out.push({ kind: 'text', text: trimmed, line });
      return;
    }
  }
  const words = [...text.matchAll(/\S+/gu)];
  let label = '';
  for (const [i, m] of words.entries()) {
    // `3 . 其他`: a small number before a word opening with `.` or `、` is the row's ordinal, not a value.
    const ordinal = /^\d{1,2}$/u.test(m[0]) && /^[.．、]/u.test(words[i + 1]?.[0] ?? '');
    const token = ordinal ? null : valueToken(m[0], field, line, m.index, false);
    // `行政规范性文件58`: on a page, a figure drawn so close to its label that the text run joined them. Only
    // page text: in a grid or text file a word such as `数据1` is a header as printed.
    const glued = token || !field.x ? null : gluedFigure.exec(m[0]);
    // a glued figure too long to be exact is no value: the word stays label text
    const gluedValue = glued && valueToken(glued[2]!, field, line, m.index + glued[1]!.length, false);
    if (glued && gluedValue) {
      label += (label ? ' ' : '') + glued[1]!;
      out.push({ kind: 'text', text: label, line });
      label = '';
      out.push(gluedValue);
      continue;
    }
    if (token) {
      if (label) out.push({ kind: 'text', text: label, line });
      label = '';
      out.push(token);
    } else label += (label ? ' ' : '') + m[0];
  }
  if (label) out.push({ kind: 'text', text: label, line });
}

/**
 * Free text that may hold a whole table on one line (a web page copied as one run): numbers are found inside the
 * text, next to CJK characters. A digit run directly before `.`/`、` and a character ends with the next row's ordinal.
 */
function tokenizeFreeField(field: Field, line: number, out: Token[]): void {
  const text = field.text;
  const hits: Array<{ start: number; end: number; word: string; run: boolean }> = [];
  // the words (runs of non-blanks) that are placeholders, found without a match object per word
  for (let start = 0, end = 0; start < text.length; start = end) {
    while (start < text.length && isBlank(text.charCodeAt(start))) start++;
    for (end = start; end < text.length && !isBlank(text.charCodeAt(end)); ) end++;
    const word = text.slice(start, end);
    if (start < end && isPlaceholder(word)) hits.push({ start, end, word, run: false });
  }
  for (const m of text.matchAll(inlineNumber)) {
    let digits = m[0];
    const after = text.slice(m.index + digits.length, m.index + digits.length + 2);
    if (/^[年月日号%％]/u.test(after)) continue;
    if (/^[.．、](?!\d)/u.test(after)) {
      if (digits.length === 1 || digits.includes('.')) continue;
      digits = digits.slice(0, -1);
    }
    // `716-417298`: a minus sign between two figures begins the next one (2019's signed 本年增/减). A plus sign is an
    // increase's only after a blank or at the start (`3+5` is a sum in prose).
    const sign = text[m.index - 1] ?? '';
    const signed = /[-−－]/u.test(sign) && /^$|[\d\s]/u.test(text[m.index - 2] ?? '');
    const plus = sign === '+' && /^$|\s/u.test(text[m.index - 2] ?? '');
    const start = signed || plus ? m.index - 1 : m.index;
    const word = signed ? `-${digits}` : digits;
    hits.push({ start, end: m.index + digits.length, word, run: digits.replace('.', '').length > 1 });
  }
  hits.sort((a, b) => a.start - b.start);
  let last = 0;
  for (const hit of hits) {
    const piece = text.slice(last, hit.start);
    // `|` between figures parts cells (a pipe table without its outer bars); it labels nothing. A comma stays text: it
    // may stand in a sentence, and between figures it is no sure separator (`67，409` is one figure).
    if (!separatorOnly.test(piece)) out.push({ kind: 'text', text: piece, line });
    const token = valueToken(hit.word, field, line, hit.start, hit.run);
    out.push(token ?? { kind: 'text', text: hit.word, line });
    last = hit.end;
  }
  const rest = text.slice(last);
  if (!separatorOnly.test(rest)) out.push({ kind: 'text', text: rest, line });
}

/** Text between figures that only parts them: blanks and vertical bars. */
const separatorOnly = /^[\s|｜]*$/u;

/**
 * Splits a line into label text and values, full-width figures read as ASCII ones (`foldDigits`). A line of several
 * fields is a grid row (tab-separated text, table cells, PDF runs): its empty fields are kept as empty values so
 * they can be placed under their column.
 */
export function tokenizeLine(line: Line, index: number): Token[] {
  const out: Token[] = [];
  const grid = line.fields.length > 1;
  // a row of a table drawn in text (Markdown's pipes, a text browser's rules): its bars mark every cell
  const barred = line.table !== undefined && line.place.kind === 'text';
  for (const printed of line.fields) {
    const text = foldDigits(printed.text);
    const field = text === printed.text ? printed : { ...printed, text };
    if (grid) tokenizeGridField(field, index, out, barred);
    else tokenizeFreeField(field, index, out);
  }
  return out;
}
