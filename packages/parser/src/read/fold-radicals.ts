import type { Line } from '../layout/layout.ts';

/**
 * The radicals that are compatibility forms of one CJK unified ideograph: the Kangxi radicals U+2F00–U+2FD5 and
 * the two CJK radicals supplement characters with a decomposition, ⺟ U+2E9F and ⻳ U+2EF3. NFKC folds each into
 * its ideograph, one BMP character into one, so a folded text keeps every offset and column.
 */
const radicals = /[\u2e9f\u2ef3\u2f00-\u2fd5]/gu;

/**
 * `text` with every radical that stands for an ideograph replaced by the ideograph (`⼀、总体情况` → `一、总体情况`),
 * the same length; `text` itself when it has none.
 *
 * Why: a font draws an ideograph and its radical with one glyph, and a PDF's ToUnicode map may name the radical
 * (Chromium's prints do). PDFium and poppler fold it when they extract text; Firefox's viewer (pdf.js) copies the
 * map as it is. Labels are compared after NFKC, which folds them too, but headings, ordinals and table starts are
 * found in the text as printed.
 */
export function foldRadicals(text: string): string {
  return text.replace(radicals, (radical) => radical.normalize('NFKC'));
}

/** `line` with its fields' texts folded (`foldRadicals`), for a line that holds a radical. */
export function foldLineRadicals(line: Line): Line {
  return { ...line, fields: line.fields.map((field) => ({ ...field, text: foldRadicals(field.text) })) };
}
