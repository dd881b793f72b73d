// `@disclosure/parser/lite`: `parse` and the readers that need no library of their own (text, and PDF, whose engine
// is imported on first use), without the synchronous HTML, DOCX and Word 97 readers and `detectKind`. `parse`
// still reads every format: it imports each reader the first time a document of its format comes, so a program
// that reads text reports starts without htmlparser2, fflate or cfb. The main entry re-exports all of it.
export { ParseError } from './errors.ts';
export type { ParseErrorCode } from './errors.ts';
export type { Field, Layout, Line } from './layout/layout.ts';
export type { OcrEngine, PageImage } from './ocr-engine.ts';
export type { LayoutOptions, ParseOptions } from './options.ts';
export { parse } from './parse.ts';
export type { DocumentKind, ParseInputOptions } from './parse.ts';
export { readLayout } from './parse-layout.ts';
export type { CellReading, Coverage, ParseResult } from './parse-result.ts';
export { compilePdfium, fromPdf, loadPdfium, pdfToLayout } from './pdf-on-demand.ts';
export type { PdfiumSource } from './pdf-on-demand.ts';
export type { Readings, SourceMap } from './read/read-layout.ts';
export { decodeText } from './text/decode-text.ts';
export { fromText } from './text/from-text.ts';
export { textToLayout } from './text/text-to-layout.ts';
