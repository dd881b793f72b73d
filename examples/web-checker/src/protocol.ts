import type { Report } from '@disclosure/core';
import type { ImageKind } from '@disclosure/ocr/web';
import type { DocumentKind, ParseResult } from '@disclosure/parser';
import type { PageImage } from './render-pdf-page.ts';

/** What the page asks the worker to do. `id` pairs an answer with its request. */
export type WorkerRequest =
  | { readonly id: number; readonly type: 'parse'; readonly name: string; readonly input: Uint8Array | string }
  | { readonly id: number; readonly type: 'docx'; readonly report: Report }
  | { readonly id: number; readonly type: 'page'; readonly input: Uint8Array; readonly page: number; readonly scale: number };

/** A read document: the parser's result and the format it was detected as (an image's own, for a PNG, JPEG, TIFF). */
export interface ParsedDocument extends ParseResult {
  readonly kind: DocumentKind | ImageKind | null;
}

/** Where text recognition stands while a scan is read: page `page` of `pages` (from 1) is being recognised. */
export interface OcrProgress {
  readonly page: number;
  readonly pages: number;
}

/** Why the worker could not do it: a parser `code` (`NEEDS_OCR` …) or `INTERNAL` for anything unexpected. */
export interface WorkerFailure {
  readonly code: string;
  readonly message: string;
}

/**
 * Said by the worker before it answers request `id`, any number of times: which page of a scan is being recognised,
 * or (with `partial`) that pages 1 to `progress.page` are read, and what they hold so far.
 */
export interface WorkerNotice {
  readonly id: number;
  readonly progress: OcrProgress;
  readonly partial?: ParsedDocument;
}

export type WorkerResponse =
  | { readonly id: number; readonly ok: true; readonly type: 'parse'; readonly result: ParsedDocument }
  | { readonly id: number; readonly ok: true; readonly type: 'docx'; readonly bytes: Uint8Array }
  | { readonly id: number; readonly ok: true; readonly type: 'page'; readonly image: PageImage }
  | { readonly id: number; readonly ok: false; readonly error: WorkerFailure };
