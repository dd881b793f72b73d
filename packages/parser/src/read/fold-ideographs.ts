import type { Line } from '../layout/layout.ts';

/**
 * The characters that are compatibility forms of one CJK unified ideograph: the Kangxi radicals U+2F00–U+2FD5, the
 * two CJK radicals supplement characters with a decomposition (⺟ U+2E9F, ⻳ U+2EF3) and the CJK compatibility
 * ideographs U+F900–U+FAFF (`六` U+F9D1). NFKC folds each into its ideograph.
 */
const compatibilityForms = /[\u2e9f\u2ef3\u2f00-\u2fd5\uf900-\ufaff]/gu;
/** The same characters, for a test (without the global flag's `lastIndex`). */
const anyCompatibilityForm = new RegExp(compatibilityForms.source, 'u');

/** A compatibility form's ideograph; the form itself when that is outside the BMP (a handful of U+FAxx), so that folding keeps every offset. */
function fold(form: string): string {
  const ideograph = form.normalize('NFKC');
  return ideograph.length === 1 ? ideograph : form;
}

/**
 * `text` with every compatibility form replaced by its ideograph (`⼀、总体情况` → `一、总体情况`),
 * the same length; `text` itself when it has none.
 *
 * Why: a font draws an ideograph and its radical with one glyph, and a PDF's ToUnicode map may name the radical
 * (Chromium's prints do). PDFium and poppler fold it when they extract text; Firefox's viewer (pdf.js) copies the
 * map as it is. Labels are compared after NFKC, which folds them too, but headings, ordinals and table starts are
 * found in the text as printed.
 */
export function foldIdeographs(text: string): string {
  // Tested first: nearly every line has none, and a test that finds none is cheaper than a replace that finds none.
  return anyCompatibilityForm.test(text) ? text.replace(compatibilityForms, fold) : text;
}

/** `line` with its fields' texts folded (`foldIdeographs`), for a line whose text holds a compatibility form. */
export function foldLineIdeographs(line: Line): Line {
  return { ...line, fields: line.fields.map((field) => ({ ...field, text: foldIdeographs(field.text) })) };
}
