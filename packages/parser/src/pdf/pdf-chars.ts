import { ParseError } from '../errors.ts';
import { forgetPdfium, sharedPdfium, type Pdfium } from './pdfium.ts';

/** Limits and engine for reading a PDF. */
export interface PdfReadOptions {
  /** Largest input accepted, in bytes; larger inputs throw `TOO_LARGE`. Default 64 MiB. */
  readonly maxBytes?: number;
  /** Most pages accepted; documents with more throw `TOO_LARGE`. Default 500. */
  readonly maxPages?: number;
  /** An initialised engine to use instead of the shared lazily loaded one (see `sharedPdfium`). */
  readonly pdfium?: Pdfium;
}

/** Default for `maxBytes`: 64 MiB, far above any annual report. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
/** Default for `maxPages`. */
export const DEFAULT_MAX_PAGES = 500;

/**
 * One character as printed, engine-neutral. Coordinates are PDF points with the origin at the page's top-left
 * corner; `left … bottom` is the tight box around the glyph's ink, `originX`/`originY` the glyph origin on the baseline.
 */
export interface PdfChar {
  readonly char: string;
  /** Page number, from 1. */
  readonly page: number;
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly originX: number;
  readonly originY: number;
  /** Font size in points as printed (the font's size scaled by the text and page matrices). */
  readonly fontSize: number;
}

/**
 * The characters of one page in columns (one typed array per property) so that reading a page allocates a
 * handful of arrays, not an object per character. Characters PDFium invents (`FPDFText_IsGenerated`: spaces and
 * line breaks it guesses) and control characters are left out.
 */
export interface PdfPageChars {
  /** Page number, from 1. */
  readonly page: number;
  readonly width: number;
  readonly height: number;
  /** Number of characters kept; the arrays may be longer. */
  readonly count: number;
  readonly code: Uint32Array;
  readonly left: Float64Array;
  readonly top: Float64Array;
  readonly right: Float64Array;
  readonly bottom: Float64Array;
  readonly originX: Float64Array;
  readonly originY: Float64Array;
  readonly fontSize: Float64Array;
  /**
   * The character's cell along the line, `[origin, origin + advance]` (PDFium's loose box, kept within an em of the
   * ink): unlike the ink, it does not depend on where the glyph sits in its cell (`：` inks its left third), so gaps
   * between cells measure spacing.
   */
  readonly cellLeft: Float64Array;
  readonly cellRight: Float64Array;
}

const FPDF_ERR_PASSWORD = 4;
const FPDF_ERR_SECURITY = 5;
const PDF_HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const PDF_EOF = [0x25, 0x25, 0x45, 0x4f, 0x46]; // %%EOF
/** Readers accept the header anywhere in the first KiB and `%%EOF` anywhere in the last (PDF 32000-1 Annex H). */
const SCAN_WINDOW = 1024;

/** Every character of a PDF in content order, page by page. Throws `ParseError` for unusable input. */
export async function extractPdfChars(bytes: Uint8Array, options: PdfReadOptions = {}): Promise<PdfChar[]> {
  const chars: PdfChar[] = [];
  await readPdfPages(bytes, options, (page) => {
    for (let i = 0; i < page.count; i++) {
      chars.push({
        char: String.fromCodePoint(page.code[i]!),
        page: page.page,
        left: page.left[i]!,
        top: page.top[i]!,
        right: page.right[i]!,
        bottom: page.bottom[i]!,
        originX: page.originX[i]!,
        originY: page.originY[i]!,
        fontSize: page.fontSize[i]!,
      });
    }
  });
  return chars;
}

/**
 * Open a PDF with PDFium and hand each page's characters to `onPage`, in page order; the page's arrays are only
 * valid during the call. Frees every engine resource before returning or throwing.
 */
export async function readPdfPages(
  bytes: Uint8Array,
  options: PdfReadOptions,
  onPage: (page: PdfPageChars) => void,
): Promise<number> {
  checkBytes(bytes, options.maxBytes ?? DEFAULT_MAX_BYTES);
  const pdfium = options.pdfium ?? (await sharedPdfium());
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  let textChars = 0;
  let pageCount = 0;
  try {
    withDocument(pdfium, bytes, (doc) => {
      pageCount = pdfium.FPDF_GetPageCount(doc);
      if (pageCount > maxPages) {
        throw new ParseError('TOO_LARGE', `PDF 有 ${pageCount} 页，超过上限 ${maxPages} 页 (the PDF has ${pageCount} pages, more than the limit of ${maxPages})`);
      }
      const scratch = pdfium.pdfium.wasmExports.malloc(128); // 6 doubles, a 6-float FS_MATRIX, a 4-float FS_RECTF
      try {
        for (let index = 0; index < pageCount; index++) {
          const page = readPage(pdfium, doc, index, scratch);
          for (let i = 0; i < page.count; i++) if (!isSpace(page.code[i]!)) textChars++;
          onPage(page);
        }
      } finally {
        pdfium.pdfium.wasmExports.free(scratch);
      }
    });
  } catch (error) {
    if (error instanceof ParseError) throw error;
    // A trap or abort leaves the wasm instance unusable: start a fresh one next time.
    if (!options.pdfium && error instanceof Error && isEngineFailure(error)) forgetPdfium();
    throw new ParseError('CORRUPT_PDF', 'PDF 文件已损坏，无法读取 (the PDF is damaged and cannot be read)', { cause: error });
  }
  if (pageCount > 0 && textChars === 0) {
    throw new ParseError(
      'NEEDS_OCR',
      'PDF 没有文字层（可能是扫描件），需要先进行 OCR 文字识别 (the PDF has no text layer, probably scanned images: OCR is needed first)',
    );
  }
  return pageCount;
}

function checkBytes(bytes: Uint8Array, maxBytes: number): void {
  if (!(bytes instanceof Uint8Array)) throw new TypeError('expected the PDF as a Uint8Array');
  if (bytes.length === 0) throw new ParseError('EMPTY_INPUT', '输入为空 (the input is empty)');
  if (bytes.length > maxBytes) {
    throw new ParseError('TOO_LARGE', `PDF 有 ${bytes.length} 字节，超过上限 ${maxBytes} 字节 (the PDF has ${bytes.length} bytes, more than the limit of ${maxBytes})`);
  }
  if (indexOf(bytes, PDF_HEADER, 0, Math.min(bytes.length, SCAN_WINDOW)) < 0) {
    throw new ParseError('NOT_A_DOCUMENT', '输入不是 PDF 文件 (the input is not a PDF)');
  }
  // PDFium rebuilds a cut-off file from what is left and would silently return its first pages only.
  if (indexOf(bytes, PDF_EOF, Math.max(0, bytes.length - SCAN_WINDOW), bytes.length) < 0) {
    throw new ParseError('CORRUPT_PDF', 'PDF 文件不完整（缺少结尾标记 %%EOF，可能下载不全） (the PDF is truncated: no %%EOF at its end)');
  }
}

/** Opens `bytes` as a PDF document for `use`, then closes and frees it; throws `ParseError` when it cannot be opened. */
export function withDocument(pdfium: Pdfium, bytes: Uint8Array, use: (doc: number) => void): void {
  const module = pdfium.pdfium;
  const buffer = module.wasmExports.malloc(bytes.length);
  if (buffer === 0) throw new ParseError('TOO_LARGE', 'PDF 太大，内存不足 (the PDF is too large for the available memory)');
  try {
    heapOf(pdfium).HEAPU8.set(bytes, buffer);
    const doc = pdfium.FPDF_LoadMemDocument(buffer, bytes.length, '');
    if (doc === 0) throw loadError(pdfium.FPDF_GetLastError());
    try {
      use(doc);
    } finally {
      pdfium.FPDF_CloseDocument(doc);
    }
  } finally {
    module.wasmExports.free(buffer);
  }
}

function loadError(code: number): ParseError {
  if (code === FPDF_ERR_PASSWORD || code === FPDF_ERR_SECURITY) {
    return new ParseError('ENCRYPTED_PDF', 'PDF 已加密，需要密码才能打开 (the PDF is encrypted and needs a password)');
  }
  return new ParseError('CORRUPT_PDF', `PDF 文件已损坏，无法打开（PDFium 错误 ${code}） (the PDF is damaged and cannot be opened: PDFium error ${code})`);
}

function readPage(pdfium: Pdfium, doc: number, index: number, scratch: number): PdfPageChars {
  const page = pdfium.FPDF_LoadPage(doc, index);
  if (page === 0) throw new ParseError('CORRUPT_PDF', `PDF 第 ${index + 1} 页无法读取 (page ${index + 1} of the PDF cannot be read)`);
  try {
    const height = pdfium.FPDF_GetPageHeightF(page);
    const width = pdfium.FPDF_GetPageWidthF(page);
    const textPage = pdfium.FPDFText_LoadPage(page);
    if (textPage === 0) throw new ParseError('CORRUPT_PDF', `PDF 第 ${index + 1} 页的文字无法读取 (the text of page ${index + 1} cannot be read)`);
    try {
      return readTextPage(pdfium, textPage, index + 1, width, height, scratch);
    } finally {
      pdfium.FPDFText_ClosePage(textPage);
    }
  } finally {
    pdfium.FPDF_ClosePage(page);
  }
}

function readTextPage(pdfium: Pdfium, textPage: number, pageNumber: number, width: number, height: number, scratch: number): PdfPageChars {
  const api = charApiOf(pdfium);
  const total = Math.max(0, api.FPDFText_CountChars(textPage));
  const code = new Uint32Array(total);
  const left = new Float64Array(total);
  const top = new Float64Array(total);
  const right = new Float64Array(total);
  const bottom = new Float64Array(total);
  const originX = new Float64Array(total);
  const originY = new Float64Array(total);
  const fontSize = new Float64Array(total);
  const cellLeft = new Float64Array(total);
  const cellRight = new Float64Array(total);
  // The per-character calls below do not allocate in the wasm heap, so its views stay valid for the page.
  const { HEAPF64: f64, HEAPF32: f32 } = heapOf(pdfium);
  const d = scratch >> 3; // scratch is malloc'd, so 8-aligned
  const f = scratch >> 2;
  let count = 0;
  for (let i = 0; i < total; i++) {
    if (api.FPDFText_IsGenerated(textPage, i) === 1) continue;
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
}

const charApis = new WeakMap<Pdfium, PdfCharApi>();

/**
 * The engine's raw wasm exports for the per-character functions. `@embedpdf/pdfium` wraps every export in
 * Emscripten's `ccall` (argument conversion, stack save, assertions), which costs more than the call itself; all
 * arguments and results here are plain numbers, so the raw exports are equivalent. Falls back to the wrapped
 * functions for an engine build that does not expose them.
 */
export function charApiOf(pdfium: Pdfium): PdfCharApi {
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
    };
    charApis.set(pdfium, api);
  }
  return api;
}

/** The engine's memory views (Emscripten replaces them when memory grows, so read them after allocating). */
export function heapOf(pdfium: Pdfium): { HEAPU8: Uint8Array; HEAPF32: Float32Array; HEAPF64: Float64Array } {
  // @embedpdf/pdfium types the module without @types/emscripten's heap views, which it does export.
  return pdfium.pdfium as unknown as { HEAPU8: Uint8Array; HEAPF32: Float32Array; HEAPF64: Float64Array };
}

/** Whitespace for the "has a text layer" test: ASCII space, no-break space, ideographic space. */
export function isSpace(code: number): boolean {
  return code === 0x20 || code === 0xa0 || code === 0x3000 || code === 0x09;
}

/** Errors the wasm engine raises when input breaks it (aborts, traps, out-of-bounds), as opposed to our own bugs. */
function isEngineFailure(error: Error): boolean {
  return error.name === 'RuntimeError' || error.name === 'ExitStatus' || /abort|memory|unreachable/i.test(error.message);
}

function indexOf(bytes: Uint8Array, needle: readonly number[], from: number, to: number): number {
  outer: for (let i = from; i + needle.length <= to; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
