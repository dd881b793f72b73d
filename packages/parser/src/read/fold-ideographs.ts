import type { Line } from '../layout/layout.ts';

/**
 * The characters that stand for one CJK unified ideograph: the CJK Radicals Supplement U+2E80–U+2EF3, the Kangxi
 * radicals U+2F00–U+2FD5 and the CJK compatibility ideographs U+F900–U+FAFF (`六` U+F9D1).
 */
const compatibilityForms = /[\u2e80-\u2ef3\u2f00-\u2fd5\uf900-\ufaff]/gu;
/** The same characters, for a test (without the global flag's `lastIndex`). */
const anyCompatibilityForm = new RegExp(compatibilityForms.source, 'u');

/**
 * The ideograph of each character U+2E80–U+2EF3 by Unicode's Equivalent_Unified_Ideograph property
 * (EquivalentUnifiedIdeograph-17.0.0.txt, UAX #44), the character itself where it has none or where that is outside
 * the BMP. NFKC folds only two of them (⺟, ⻳); the C-simplified radicals (`⺠` 民, `⻚` 页, `⻔` 门) it leaves.
 */
const supplementEquivalents =
  '⺀厂乛乚乙亻冂⺇刀刂卜㔾小小兀尣尢⺑巳幺彑⺕忄心扌攵⺚旡日月歺母民氵氺灬爫爫丬牛犭王⺪目示礻⺮糹纟罓罒㓁冗⺵羊⺷⺸耂肀聿肉⺽艹艹艹虎衤覀西见角⻇讠贝⻊车辶辶辶邑钅長镸长门⻕阝雨青韦页风飞食⻞飠饣⻡马骨鬼鱼鸟卤麦黄黾斉齐歯齿竜龙龜亀龟';

/** A form's ideograph; the form itself when that is outside the BMP (a handful of them), so that folding keeps every offset. */
function fold(form: string): string {
  const code = form.charCodeAt(0);
  if (code <= 0x2ef3) return supplementEquivalents[code - 0x2e80]!;
  const ideograph = form.normalize('NFKC');
  return ideograph.length === 1 ? ideograph : form;
}

/**
 * `text` with every compatibility form replaced by its ideograph (`⼀、总体情况` → `一、总体情况`),
 * the same length; `text` itself when it has none.
 *
 * Why: a font draws an ideograph and its radical with one glyph, and a PDF's ToUnicode map may name the radical
 * (Chromium's prints do). PDFium and poppler fold it when they extract text; Firefox's viewer (pdf.js) copies the
 * map as it is. Labels are compared after NFKC, which folds the Kangxi radicals but not the supplement's simplified
 * ones (`人⺠政府`), and headings, ordinals, table starts and the title are found in the text as printed.
 */
export function foldIdeographs(text: string): string {
  // Tested first: nearly every line has none, and a test that finds none is cheaper than a replace that finds none.
  return anyCompatibilityForm.test(text) ? text.replace(compatibilityForms, fold) : text;
}

/** `line` with its fields' texts folded (`foldIdeographs`), for a line whose text holds a compatibility form. */
export function foldLineIdeographs(line: Line): Line {
  return { ...line, fields: line.fields.map((field) => ({ ...field, text: foldIdeographs(field.text) })) };
}
