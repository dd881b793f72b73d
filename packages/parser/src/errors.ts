/** Why an input cannot be read at all. Content problems are diagnostics, never one of these. */
export type ParseErrorCode =
  | 'NOT_A_DOCUMENT'
  | 'UNSUPPORTED_KIND'
  | 'ENCRYPTED_PDF'
  | 'CORRUPT_PDF'
  | 'NEEDS_OCR'
  | 'CORRUPT_ARCHIVE'
  | 'NOT_DOCX'
  | 'TOO_LARGE'
  | 'TOO_MANY_PAGES'
  | 'TOO_COMPLEX'
  | 'TIMEOUT'
  | 'INTERNAL'
  | 'EMPTY_INPUT';

/** Thrown only for unusable input; `code` says why. */
export class ParseError extends Error {
  constructor(
    readonly code: ParseErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ParseError';
  }
}
