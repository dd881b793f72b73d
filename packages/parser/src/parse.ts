import { fromDoc } from './doc/from-doc.ts';
import { nameOfficeFormat } from './doc/name-office-format.ts';
import { fromDocx } from './docx/from-docx.ts';
import { detectKind } from './detect-kind.ts';
import { ParseError } from './errors.ts';
import { fromHtml } from './html/from-html.ts';
import type { ParseOptions } from './options.ts';
import { finishParse, type ParseResult } from './parse-result.ts';
import { readLayout } from './read/read-layout.ts';
import { fromPdf } from './pdf/from-pdf.ts';
import { fromText } from './text/from-text.ts';

/** The input formats. */
export type DocumentKind = 'pdf' | 'docx' | 'doc' | 'html' | 'text';

/** Options of `parse`. */
export interface ParseInputOptions extends ParseOptions {
  /** The input's format; default: detected from the content (PDF header, DOCX zip, Word 97 compound file, HTML markup, else text). */
  readonly kind?: DocumentKind;
}

/**
 * Reads a report from any supported document; with `options.ocr`, also from scanned PDFs and PNG, JPEG or TIFF
 * images. Content problems come back as diagnostics; only unusable input (not a document, encrypted PDF, scanned
 * PDF without `ocr`, corrupt archive, over the size limit) throws a `ParseError`.
 */
export async function parse(input: string | Uint8Array, options: ParseInputOptions = {}): Promise<ParseResult> {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    throw new TypeError('parse: input must be a string or a Uint8Array');
  }
  if (input.length === 0) throw new ParseError('EMPTY_INPUT', 'The input is empty');
  const kind = options.kind ?? detectKind(input);
  switch (kind) {
    case 'pdf':
      return fromPdf(typeof input === 'string' ? new TextEncoder().encode(input) : input, options);
    case 'docx':
      if (typeof input === 'string') throw new ParseError('NOT_DOCX', 'A DOCX document must be given as bytes');
      return fromDocx(input, options);
    case 'doc':
      if (typeof input === 'string') throw new ParseError('NOT_A_DOCUMENT', 'A Word 97 document must be given as bytes');
      return fromDoc(input, options);
    case 'html':
      return fromHtml(input, options);
    case 'text':
      return fromText(input, options);
    default: {
      const scanned = options.ocr && typeof input !== 'string' ? await options.ocr.readImage(input) : null;
      if (scanned) return finishParse(readLayout({ kind: 'pdf', lines: scanned }, options), options);
      const format = typeof input === 'string' ? null : nameOfficeFormat(input);
      if (format) throw new ParseError('UNSUPPORTED_KIND', `The input is a ${format}, which is not read: save it as PDF or DOCX`);
      throw new ParseError('NOT_A_DOCUMENT', 'The input is not a PDF, Word (DOCX or DOC), HTML page or text');
    }
  }
}
