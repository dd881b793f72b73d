import type { Report, ValidateOptions } from '@disclosure/core/lite';
import type { OcrEngine } from './ocr-engine.ts';

/** Limits every format adapter (`…ToLayout`) applies; each default is stated below and kept in `limits.ts`. */
export interface LayoutOptions {
  /**
   * Largest input accepted, in bytes (or UTF-16 units for strings), and the most a DOCX archive may inflate to;
   * over it throws `TOO_LARGE`. Default: 50 MiB.
   */
  readonly maxBytes?: number;
  /** Most pages a paginated document (PDF) may have; more throws `TOO_MANY_PAGES`. Default: 500. */
  readonly maxPages?: number;
}

/** Options every entry point takes. */
export interface ParseOptions extends LayoutOptions {
  /** The document's name (a file name), kept in `meta.source.name`. Default: none. */
  readonly name?: string;
  /**
   * Last year's report of the same body. Its 结转下年度继续办理 row is evidence for this year's 二、上年结转 row
   * (they are the same applications): where this year's print allows several readings of that row, a reading that
   * agrees with last year's figures is kept, and the cell says so (`readings[path].by` includes `previousYear`).
   * It never overrides a value the print or the identities prove. Default: none.
   */
  readonly previous?: Report;
  /** Options for core's `validate`, run after reading; `false` skips it. Default: `{}` (every rule on). */
  readonly validate?: ValidateOptions | false;
  /**
   * Reads scans: PDF pages without a text layer and (with `parse`) PNG, JPEG and TIFF images — for example
   * `await createOcr()` from `@disclosure/ocr`. Default: none, and a scanned PDF throws `NEEDS_OCR`.
   */
  readonly ocr?: OcrEngine;
}
