import type { Report } from '@disclosure/core';

/**
 * The classes of document issue 10 measures the reader on (`corpus` is the real files as published),
 * `merged-cells`: grid rows whose value cells ran into one field, `html-table-markdown`: a Markdown extraction
 * that writes its tables as raw HTML, `repeated-spans`: one that lays merged cells on the grid of a pipe table,
 * `typed-figures`: table figures typed full-width, with separators or invisible characters, `split-tables`: a web
 * page whose tables continue in a second `<table>`, `paged-markdown`: an extraction that keeps the pages' margins
 * (page numbers, a browser's header and footer) where its pages break, `paged-viewer-text`: a PDF viewer's copy
 * whose pages end in a bare page number, `local-additions`: rows and tables that local practice adds to the format,
 * `unreadable-cells`: table figures printed so that they do not read as figures (`十一`, `3,3`), `reordered-columns`:
 * tables whose header prints the columns in another order than the format's, `extra-column`: table 3 with a column
 * the format lacks (a `小计`), `narrow-cells`: a PDF's text whose narrow cells wrap wide figures, `drawn-tables`:
 * text whose tables are drawn with their rules (a text browser's dump, grid tables), `text-dump`: what the text
 * browsers w3m, elinks and lynx dump of a web page, `converted-markdown`: a web page converted to Markdown by a
 * crawler's converter (Python's html2text: pipe tables without their outer bars), `pdf-library-text`: a PDF's text
 * as Python's PDF libraries give it (PyMuPDF, also sorted by the blocks' bottoms; pypdf, a row's cells run together),
 * `pdf-layout-text`: a PDF's text as `pdftotext -layout` gives it (each page's columns laid out in spaces), and
 * `chrome-viewer-text` / `firefox-viewer-text`: a PDF's text as select-all + copy gives it in Chrome's viewer
 * (PDFium) and in Firefox's (pdf.js).
 */
export type DocumentClass =
  | 'corpus'
  | 'pdf-viewer-text'
  | 'chrome-viewer-text'
  | 'firefox-viewer-text'
  | 'web-page-pdf'
  | 'crawler-text'
  | 'torn-markdown'
  | 'shuffled-rows'
  | 'office-pdf'
  | 'office-page-pdf'
  | 'wide-table-pdf'
  | 'merged-cells'
  | 'html-table-markdown'
  | 'repeated-spans'
  | 'typed-figures'
  | 'split-tables'
  | 'paged-markdown'
  | 'paged-viewer-text'
  | 'local-additions'
  | 'unreadable-cells'
  | 'reordered-columns'
  | 'extra-column'
  | 'narrow-cells'
  | 'drawn-tables'
  | 'text-dump'
  | 'converted-markdown'
  | 'pdf-library-text'
  | 'pdf-layout-text';

/** A document to parse and the report it must read back to. */
export interface TestDocument {
  /** A file name; its extension tells `parse` the format. */
  readonly name: string;
  readonly class: DocumentClass;
  readonly bytes: Uint8Array;
  /** What a perfect reader returns: blank cells are `null`. */
  readonly expected: Report;
}

/** A degradation generator: a report (and a seed for its random choices) to a document of one class. */
export interface Generator {
  /** Stable id, used in `knownGaps.ts` and in the measure table. */
  readonly id: string;
  readonly class: DocumentClass;
  /** One line: what real documents of the class look like and what this generator does. */
  readonly description: string;
  readonly generate: (report: Report, seed: number) => Promise<TestDocument> | TestDocument;
}

/** UTF-8 bytes of a generated text document. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
