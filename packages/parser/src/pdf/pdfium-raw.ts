/**
 * The one module that touches PDFium's raw WebAssembly: its `malloc`/`free`, its heap views and the unwrapped
 * per-character exports. Everything else reads PDFs through the three functions below and never sees a pointer.
 *
 * Why raw calls at all: `@embedpdf/pdfium` wraps every export in Emscripten's `ccall` (argument conversion, stack
 * save, assertions), which costs more than the call itself, and a page has thousands of characters. The functions
 * called per character take and return plain numbers, so the raw exports are equivalent. Out-parameters (boxes,
 * matrices) are written by PDFium into a small scratch block that this module allocates and frees.
 */
import { ParseError } from '../errors.ts';
import type { PdfPageChars } from './page-chars.ts';
import type { Pdfium } from './pdfium.ts';

const FPDF_ERR_PASSWORD = 4;
const FPDF_ERR_SECURITY = 5;
/** Scratch for one character: 6 doubles (box, origin), a 6-float FS_MATRIX, a 4-float FS_RECTF. */
const SCRATCH_BYTES = 128;

/** The per-character text functions, called thousands of times per page. */
export interface PdfCharApi {
  FPDFText_CountChars(textPage: number): number;
  FPDFText_IsGenerated(textPage: number, index: number): number;
  FPDFText_GetUnicode(textPage: number, index: number): number;
  FPDFText_GetCharBox(textPage: number, index: number, left: number, right: number, bottom: number, top: number): number;
  FPDFText_GetCharOrigin(textPage: number, index: number, x: number, y: number): number;
  FPDFText_GetFontSize(textPage: number, index: number): number;
  FPDFText_GetMatrix(textPage: number, index: number, matrix: number): number;
  FPDFText_GetLooseCharBox(textPage: number, index: number, rect: number): number;
  FPDFText_GetTextObject(textPage: number, index: number): number;
  FPDFTextObj_GetTextRenderMode(textObject: number): number;
}

const charApis = new WeakMap<Pdfium, PdfCharApi>();

/**
 * The engine's raw exports for the per-character functions (see the module comment); the wrapped functions for
 * an engine build that does not expose them. For the benchmark's bare-extraction floor and this module only.
 */
export function bindCharApi(pdfium: Pdfium): PdfCharApi {
  let api = charApis.get(pdfium);
  if (!api) {
    const raw = pdfium.pdfium.wasmExports as unknown as Partial<PdfCharApi>;
    const pick = <K extends keyof PdfCharApi>(name: K): PdfCharApi[K] =>
      (typeof raw[name] === 'function' ? raw[name] : pdfium[name]) as unknown as PdfCharApi[K];
    api = {
      FPDFText_CountChars: pick('FPDFText_CountChars'),
      FPDFText_IsGenerated: pick('FPDFText_IsGenerated'),
      FPDFText_GetUnicode: pick('FPDFText_GetUnicode'),
      FPDFText_GetCharBox: pick('FPDFText_GetCharBox'),
      FPDFText_GetCharOrigin: pick('FPDFText_GetCharOrigin'),
      FPDFText_GetFontSize: pick('FPDFText_GetFontSize'),
      FPDFText_GetMatrix: pick('FPDFText_GetMatrix'),
      FPDFText_GetLooseCharBox: pick('FPDFText_GetLooseCharBox'),
      FPDFText_GetTextObject: pick('FPDFText_GetTextObject'),
      FPDFTextObj_GetTextRenderMode: pick('FPDFTextObj_GetTextRenderMode'),
    };
    charApis.set(pdfium, api);
  }
  return api;
}

/** The engine's memory views (Emscripten replaces them when memory grows, so read them after allocating). */
export function viewHeap(pdfium: Pdfium): { HEAPU8: Uint8Array; HEAPF32: Float32Array; HEAPF64: Float64Array } {
  // @embedpdf/pdfium types the module without @types/emscripten's heap views, which it does export.
  return pdfium.pdfium as unknown as { HEAPU8: Uint8Array; HEAPF32: Float32Array; HEAPF64: Float64Array };
}

/**
 * Copies `bytes` into the engine, opens them as a document and hands its handle to `use`; closes the document and
 * frees the copy before returning or throwing. Throws `ENCRYPTED_PDF` or `CORRUPT_PDF` when PDFium cannot open it,
 * `TOO_LARGE` when the engine has no memory for the copy.
 */
export function withPdfDocument<T>(pdfium: Pdfium, bytes: Uint8Array, use: (doc: number) => T): T {
  const exports = pdfium.pdfium.wasmExports;
  const buffer = exports.malloc(bytes.length);
  if (buffer === 0) throw new ParseError('TOO_LARGE', 'PDF 太大，内存不足 (the PDF is too large for the available memory)');
  try {
    viewHeap(pdfium).HEAPU8.set(bytes, buffer);
    const doc = pdfium.FPDF_LoadMemDocument(buffer, bytes.length, '');
    if (doc === 0) throw loadError(pdfium.FPDF_GetLastError());
    try {
      return use(doc);
    } finally {
      pdfium.FPDF_CloseDocument(doc);
    }
  } finally {
    exports.free(buffer);
  }
}

function loadError(code: number): ParseError {
  if (code === FPDF_ERR_PASSWORD || code === FPDF_ERR_SECURITY) {
    return new ParseError('ENCRYPTED_PDF', 'PDF 已加密，需要密码才能打开 (the PDF is encrypted and needs a password)');
  }
  return new ParseError('CORRUPT_PDF', `PDF 文件已损坏，无法打开（PDFium 错误 ${code}） (the PDF is damaged and cannot be opened: PDFium error ${code})`);
}

/**
 * The characters of page `index` (from 0) of an open document; frees every engine resource it used. The arrays of
 * `previous` (a page read before and no longer used) are filled again when they are long enough, so that reading
 * a document page after page allocates its arrays about once.
 */
export function readPageChars(pdfium: Pdfium, doc: number, index: number, previous?: PdfPageChars): PdfPageChars {
  const page = pdfium.FPDF_LoadPage(doc, index);
  if (page === 0) throw new ParseError('CORRUPT_PDF', `PDF 第 ${index + 1} 页无法读取 (page ${index + 1} of the PDF cannot be read)`);
  try {
    const height = pdfium.FPDF_GetPageHeightF(page);
    const width = pdfium.FPDF_GetPageWidthF(page);
    const textPage = pdfium.FPDFText_LoadPage(page);
    if (textPage === 0) throw new ParseError('CORRUPT_PDF', `PDF 第 ${index + 1} 页的文字无法读取 (the text of page ${index + 1} cannot be read)`);
    const scratch = pdfium.pdfium.wasmExports.malloc(SCRATCH_BYTES);
    try {
      return readTextPage(pdfium, textPage, index + 1, width, height, scratch, previous);
    } finally {
      pdfium.pdfium.wasmExports.free(scratch);
      pdfium.FPDFText_ClosePage(textPage);
    }
  } finally {
    pdfium.FPDF_ClosePage(page);
  }
}

/** The arrays of a page of `total` characters. */
function newColumns(total: number): Omit<PdfPageChars, 'page' | 'width' | 'height' | 'count'> {
  return {
    code: new Uint32Array(total),
    left: new Float64Array(total),
    top: new Float64Array(total),
    right: new Float64Array(total),
    bottom: new Float64Array(total),
    originX: new Float64Array(total),
    originY: new Float64Array(total),
    fontSize: new Float64Array(total),
    cellLeft: new Float64Array(total),
    cellRight: new Float64Array(total),
  };
}

/** Text render modes that paint nothing (PDF 32000-1 §9.3.6): 3 invisible, 7 clip only. */
const INVISIBLE_MODES: ReadonlySet<number> = new Set([3, 7]);

/** Characters of a page looked at to tell whether any of its text is invisible. */
const SAMPLED_CHARS = 4;

/**
 * Whether character `index` is drawn invisibly: the text layer a scanner's OCR lays over its page images (`3 Tr`),
 * which no reader sees and which holds the OCR's misreadings. A page has that test for every character only when
 * one of {@link SAMPLED_CHARS} characters spread over it is invisible; a born-digital page costs those calls alone.
 */
function invisibility(api: PdfCharApi, textPage: number, total: number): ((index: number) => boolean) | null {
  const invisible = (index: number): boolean => {
    const object = api.FPDFText_GetTextObject(textPage, index);
    return object !== 0 && INVISIBLE_MODES.has(api.FPDFTextObj_GetTextRenderMode(object));
  };
  const step = Math.max(1, Math.floor(total / SAMPLED_CHARS));
  for (let i = 0; i < total; i += step) if (invisible(i)) return invisible;
  return null;
}

function readTextPage(
  pdfium: Pdfium,
  textPage: number,
  pageNumber: number,
  width: number,
  height: number,
  scratch: number,
  previous: PdfPageChars | undefined,
): PdfPageChars {
  const api = bindCharApi(pdfium);
  const total = Math.max(0, api.FPDFText_CountChars(textPage));
  const columns = previous && previous.code.length >= total ? previous : newColumns(total);
  const { code, left, top, right, bottom, originX, originY, fontSize, cellLeft, cellRight } = columns;
  // The per-character calls below do not allocate in the wasm heap, so its views stay valid for the page.
  const { HEAPF64: f64, HEAPF32: f32 } = viewHeap(pdfium);
  const d = scratch >> 3; // scratch is malloc'd, so 8-aligned
  const f = scratch >> 2;
  let count = 0;
  const invisible = invisibility(api, textPage, total);
  for (let i = 0; i < total; i++) {
    if (api.FPDFText_IsGenerated(textPage, i) === 1 || invisible?.(i)) continue;
    const unicode = api.FPDFText_GetUnicode(textPage, i);
    if (unicode < 0x20 || (unicode >= 0x7f && unicode < 0xa0) || unicode === 0xfffe || unicode === 0xffff) continue;
    // FPDFText_GetCharBox writes left, right, bottom, top (bottom-left origin).
    api.FPDFText_GetCharBox(textPage, i, scratch, scratch + 8, scratch + 16, scratch + 24);
    api.FPDFText_GetCharOrigin(textPage, i, scratch + 32, scratch + 40);
    code[count] = unicode;
    left[count] = f64[d]!;
    right[count] = f64[d + 1]!;
    bottom[count] = height - f64[d + 2]!;
    top[count] = height - f64[d + 3]!;
    originX[count] = f64[d + 4]!;
    originY[count] = height - f64[d + 5]!;
    // FPDFText_GetFontSize is the size in text space; the character's matrix (a b c d e f) scales it to the page.
    const size = api.FPDFText_GetFontSize(textPage, i);
    api.FPDFText_GetMatrix(textPage, i, scratch + 48);
    const scale = Math.sqrt(Math.abs(f32[f + 12]! * f32[f + 15]! - f32[f + 13]! * f32[f + 14]!));
    fontSize[count] = scale > 0 ? size * scale : size;
    // FPDFText_GetLooseCharBox writes an FS_RECTF: left, top, right, bottom as floats.
    if (api.FPDFText_GetLooseCharBox(textPage, i, scratch + 80) && f32[f + 22]! >= f32[f + 20]!) {
      // In vertical writing the loose box spans the whole column's width: keep the cell within an em of the ink.
      const em = fontSize[count]!;
      cellLeft[count] = Math.max(f32[f + 20]!, left[count]! - em);
      cellRight[count] = Math.min(f32[f + 22]!, right[count]! + em);
    } else {
      cellLeft[count] = left[count]!;
      cellRight[count] = right[count]!;
    }
    count++;
  }
  return { page: pageNumber, width, height, count, code, left, top, right, bottom, originX, originY, fontSize, cellLeft, cellRight };
}
