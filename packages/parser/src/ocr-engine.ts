import type { Line } from './layout/layout.ts';

/** A page as pixels, for an {@link OcrEngine}. */
export interface PageImage {
  readonly width: number;
  readonly height: number;
  /** RGBA, 4 bytes per pixel, row by row from the top-left corner. */
  readonly rgba: Uint8Array;
  /** Pixels per inch: places are given in points (1/72 inch) from it. */
  readonly dpi: number;
}

/**
 * Recognises the text of page images. The parser renders a PDF page without a text layer and hands it over;
 * `@disclosure/ocr`'s `createOcr()` implements it, so the parser never depends on an OCR model.
 */
export interface OcrEngine {
  /** Pixels per inch the engine reads best at; pages are rendered at it. */
  readonly dpi: number;
  /**
   * The page's lines in reading order, places `{kind:'pdf', page, bbox}` in points from the top-left corner; a
   * table row is one line with one field per cell (`column`, `span` on the table's grid). `pages` is how many pages
   * the document has (the parser always says; optional for other callers), so that an engine can tell its progress.
   */
  readPage(image: PageImage, page: number, pages?: number): Promise<Line[]>;
  /**
   * Optional: reads every page of a document at once and returns each page's lines, in page order — for an engine
   * that reads pages side by side (several workers). When it is there the parser calls it instead of `readPage`.
   */
  readPages?(images: readonly PageImage[]): Promise<Line[][]>;
  /**
   * Optional: called once a PDF is known to need recognition, before its `pages` are rendered — an engine that loads
   * its model lazily (in workers, say) can start now, while the pages are drawn.
   */
  prepare?(pages: number): void;
  /** The lines of an image file (PNG, JPEG, TIFF) as page 1; `null` when the bytes are no image it reads. */
  readImage(bytes: Uint8Array): Promise<Line[] | null>;
}
