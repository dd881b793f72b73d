import type { Report } from '@disclosure/core';
import type { DocumentKind, ParseResult } from '@disclosure/parser';
import type { PageImage } from './render-pdf-page.ts';

/** What the page asks the worker to do. `id` pairs an answer with its request. */
export type WorkerRequest =
  | { readonly id: number; readonly type: 'parse'; readonly name: string; readonly input: Uint8Array | string }
  | { readonly id: number; readonly type: 'docx'; readonly report: Report }
  | { readonly id: number; readonly type: 'page'; readonly input: Uint8Array; readonly page: number; readonly scale: number };

/** A read document: the parser's result and the format it was detected as. */
export interface ParsedDocument extends ParseResult {
  readonly kind: DocumentKind | null;
}

/** Why the worker could not do it: a parser `code` (`NEEDS_OCR` …) or `INTERNAL` for anything unexpected. */
export interface WorkerFailure {
  readonly code: string;
  readonly message: string;
}

export type WorkerResponse =
  | { readonly id: number; readonly ok: true; readonly type: 'parse'; readonly result: ParsedDocument }
  | { readonly id: number; readonly ok: true; readonly type: 'docx'; readonly bytes: Uint8Array }
  | { readonly id: number; readonly ok: true; readonly type: 'page'; readonly image: PageImage }
  | { readonly id: number; readonly ok: false; readonly error: WorkerFailure };
