/**
 * The text a reader gets from select-all + copy in the two PDF viewers people use, for scripts/derive.ts:
 * - Chrome's (PDFium): every page's whole text as `FPDFText_GetText` gives it — characters in content-stream order,
 *   `\r\n` where PDFium sees a line break, the spaces it infers — pages joined by a line break, as Chromium's
 *   `PDFiumEngine::GetSelectedText` joins the ranges of a select-all. Written as Windows copies it: every line
 *   break `\r\n`.
 * - Firefox's (pdf.js): `PDFViewer.getAllText` of pdfjs-dist's viewer, which select-all + copy calls: each page's
 *   text-content items in stream order, an item's string followed by `\n` when pdf.js marks it `hasEOL`, pages
 *   joined by `\n`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { init, type WrappedPdfiumModule } from '@embedpdf/pdfium';

const require = createRequire(import.meta.url);
let pdfium: Promise<WrappedPdfiumModule> | undefined;

function startPdfium(): Promise<WrappedPdfiumModule> {
  pdfium ??= (async () => {
    const wasm = readFileSync(require.resolve('@embedpdf/pdfium/pdfium.wasm'));
    const engine = await init({ wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer });
    engine.PDFiumExt_Init();
    return engine;
  })();
  return pdfium;
}

/** The text Chrome's PDF viewer copies after select-all (see the module comment). */
export async function copyFromChrome(bytes: Uint8Array): Promise<string> {
  const engine = await startPdfium();
  const { malloc, free } = engine.pdfium.wasmExports;
  const heap = () => engine.pdfium as unknown as { HEAPU8: Uint8Array };
  const buffer = malloc(bytes.length);
  heap().HEAPU8.set(bytes, buffer);
  const doc = engine.FPDF_LoadMemDocument(buffer, bytes.length, '');
  if (doc === 0) throw new Error(`PDFium cannot open the PDF (error ${engine.FPDF_GetLastError()})`);
  const pages: string[] = [];
  try {
    for (let index = 0; index < engine.FPDF_GetPageCount(doc); index++) {
      const page = engine.FPDF_LoadPage(doc, index);
      const textPage = engine.FPDFText_LoadPage(page);
      const count = engine.FPDFText_CountChars(textPage);
      // UTF-16 code units and the terminating NUL.
      const out = malloc((count + 1) * 2);
      const written = engine.FPDFText_GetText(textPage, 0, count, out);
      const units = new Uint16Array(heap().HEAPU8.slice(out, out + Math.max(0, written - 1) * 2).buffer);
      free(out);
      engine.FPDFText_ClosePage(textPage);
      engine.FPDF_ClosePage(page);
      // Chromium removes NULs and turns PDFium's end-of-line hyphen (U+FFFE) into a plain one.
      pages.push(String.fromCharCode(...units).replaceAll('\u0000', '').replaceAll('\ufffe', '-'));
    }
  } finally {
    engine.FPDF_CloseDocument(doc);
    free(buffer);
  }
  return pages.join('\n').replace(/\r?\n/gu, '\r\n');
}

const pdfjsDir = dirname(require.resolve('pdfjs-dist/package.json'));

/**
 * pdf.js's display layer makes a `DOMMatrix` when it loads, for drawing on a canvas; Node has none, and its
 * polyfill (`@napi-rs/canvas`, a native binary) is not installed because only text is read here. A class without
 * methods lets the module load, and any drawing call would throw rather than draw.
 */
async function loadPdfjs(): Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')> {
  (globalThis as { DOMMatrix?: unknown }).DOMMatrix ??= class DOMMatrix {};
  return import('pdfjs-dist/legacy/build/pdf.mjs');
}

/** The text Firefox's PDF viewer (pdf.js) copies after select-all (see the module comment). */
export async function copyFromFirefox(bytes: Uint8Array): Promise<string> {
  const { getDocument } = await loadPdfjs();
  const document = await getDocument({
    data: bytes.slice(),
    cMapUrl: `${join(pdfjsDir, 'cmaps')}/`,
    cMapPacked: true,
    standardFontDataUrl: `${join(pdfjsDir, 'standard_fonts')}/`,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  const texts: string[] = [];
  try {
    for (let pageNumber = 1; pageNumber <= document.numPages; pageNumber++) {
      const { items } = await (await document.getPage(pageNumber)).getTextContent();
      const buffer: string[] = [];
      for (const item of items) {
        if (!('str' in item)) continue;
        if (item.str) buffer.push(item.str);
        if (item.hasEOL) buffer.push('\n');
      }
      texts.push(buffer.join('').replaceAll('\u0000', ''));
    }
  } finally {
    await document.destroy();
  }
  return texts.join('\n');
}
