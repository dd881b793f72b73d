import { ParseError } from '../errors.ts';
import { checkPages, checkSize } from '../limits.ts';
import type { LayoutOptions } from '../options.ts';
import { isSpace, type PdfPageChars } from './page-chars.ts';
import { forgetPdfium, sharedPdfium, type Pdfium } from './pdfium.ts';
import { readPageChars, withPdfDocument } from './pdfium-raw.ts';

/** Limits (`maxBytes`, `maxPages`; defaults in `limits.ts`) and engine for reading a PDF. */
export interface PdfReadOptions extends LayoutOptions {
  /** An initialised engine to use instead of the shared lazily loaded one (see `sharedPdfium`). */
  readonly pdfium?: Pdfium;
}

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
 * Open a PDF with PDFium and hand each page's characters to `onPage`, in page order; `onPage` must not keep them,
 * as the next page is read into the same arrays. Frees every engine resource before returning or throwing. Throws `ParseError`: `EMPTY_INPUT`, `TOO_LARGE`, `NOT_A_DOCUMENT`, `CORRUPT_PDF`,
 * `ENCRYPTED_PDF`, `TOO_MANY_PAGES`, `NEEDS_OCR` (no visible text on any page: characters drawn invisibly, the OCR
 * layer of a scan, are not read).
 */
export async function readPdfPages(
  bytes: Uint8Array,
  options: PdfReadOptions,
  onPage: (page: PdfPageChars) => void,
): Promise<number> {
  checkBytes(bytes, options.maxBytes);
  const pdfium = options.pdfium ?? (await sharedPdfium());
  let textChars = 0;
  let pageCount = 0;
  try {
    withPdfDocument(pdfium, bytes, (doc) => {
      pageCount = pdfium.FPDF_GetPageCount(doc);
      checkPages(pageCount, options.maxPages);
      let page: PdfPageChars | undefined;
      for (let index = 0; index < pageCount; index++) {
        page = readPageChars(pdfium, doc, index, page);
        for (let i = 0; i < page.count; i++) if (!isSpace(page.code[i]!)) textChars++;
        onPage(page);
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
      'PDF 没有可见的文字层（可能是扫描件，或扫描件上叠加了不可见的识别文字），需要先进行 OCR 文字识别 (the PDF has no visible text layer, probably scanned images, perhaps under an invisible OCR text layer: OCR is needed first)',
    );
  }
  return pageCount;
}

function checkBytes(bytes: Uint8Array, maxBytes: number | undefined): void {
  if (!(bytes instanceof Uint8Array)) throw new TypeError('expected the PDF as a Uint8Array');
  if (bytes.length === 0) throw new ParseError('EMPTY_INPUT', '输入为空 (the input is empty)');
  checkSize(bytes.length, maxBytes, 'PDF ');
  if (indexOf(bytes, PDF_HEADER, 0, Math.min(bytes.length, SCAN_WINDOW)) < 0) {
    throw new ParseError('NOT_A_DOCUMENT', '输入不是 PDF 文件 (the input is not a PDF)');
  }
  // PDFium rebuilds a cut-off file from what is left and would silently return its first pages only.
  if (indexOf(bytes, PDF_EOF, Math.max(0, bytes.length - SCAN_WINDOW), bytes.length) < 0) {
    throw new ParseError('CORRUPT_PDF', 'PDF 文件不完整（缺少结尾标记 %%EOF，可能下载不全） (the PDF is truncated: no %%EOF at its end)');
  }
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
