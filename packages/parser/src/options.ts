import type { ValidateOptions } from '@disclosure/core';
import type { OcrEngine } from './ocr-engine.ts';

/** Options every entry point takes. */
export interface ParseOptions {
  /** The document's name (a file name), kept in `meta.source.name`. Default: none. */
  readonly name?: string;
  /** Options for core's `validate`, run after reading; `false` skips it. Default: `{}` (every rule on). */
  readonly validate?: ValidateOptions | false;
  /** Largest input accepted, in bytes (or UTF-16 units for strings); larger input throws `TOO_LARGE`. Default: 50 MiB. */
  readonly maxBytes?: number;
  /**
   * Reads scans: PDF pages without a text layer and (with `parse`) PNG, JPEG and TIFF images — for example
   * `await createOcr()` from `@disclosure/ocr`. Default: none, and a scanned PDF throws `NEEDS_OCR`.
   */
  readonly ocr?: OcrEngine;
}

/** Default for `maxBytes`: 50 MiB. */
export const defaultMaxBytes = 50 * 1024 * 1024;
