import { Budget, runWithin } from './budget.ts';
import { detectKindOnDemand } from './detect-kind-on-demand.ts';
import { noteEncoding } from './encoding/note-encoding.ts';
import { ParseError } from './errors.ts';
import type { ParseOptions } from './options.ts';
import { readLayout } from './parse-layout.ts';
import type { ParseResult } from './parse-result.ts';
import { fromPdf } from './pdf-on-demand.ts';
import { timedOcr } from './ocr/timed-ocr.ts';
import { fromText } from './text/from-text.ts';

/** The input formats. */
export type DocumentKind = 'pdf' | 'docx' | 'doc' | 'html' | 'text';

/** Options of `parse`. */
export interface ParseInputOptions extends ParseOptions {
  /** The input's format; default: detected from the content (PDF header, DOCX zip, Word 97 compound file, HTML markup, else text). */
  readonly kind?: DocumentKind;
  /**
   * Wall-clock milliseconds one document may take; past it `parse` throws `TIMEOUT`. Default: 30 000 (30 s) of the
   * parser's own work, the OCR engine's recognition not counted. A `timeoutMs` given counts everything, recognition too.
   */
  readonly timeoutMs?: number;
  /** Units of work (nodes, lines, runs, numbering steps) one document may need; past it `TOO_COMPLEX`. Default: 50 million. */
  readonly maxSteps?: number;
}

type Read = (input: string | Uint8Array, options: ParseOptions) => ParseResult | Promise<ParseResult>;

/**
 * The reader of `kind`. Each format's reader (and the library it is built on: htmlparser2, fflate, cfb, PDFium) is
 * imported the first time a document of that format comes, so that reading text loads none of them. The reader
 * itself then runs synchronously within the budget, as before.
 */
async function loadReader(kind: DocumentKind | null): Promise<Read> {
  switch (kind) {
    case 'pdf':
      return (input, options) => fromPdf(typeof input === 'string' ? new TextEncoder().encode(input) : input, options);
    case 'docx': {
      const { fromDocx } = await import('./docx/from-docx.ts');
      return (input, options) => {
        if (typeof input === 'string') throw new ParseError('NOT_DOCX', 'A DOCX document must be given as bytes');
        return fromDocx(input, options);
      };
    }
    case 'doc': {
      const { fromDoc } = await import('./doc/from-doc.ts');
      return (input, options) => {
        if (typeof input === 'string') throw new ParseError('NOT_A_DOCUMENT', 'A Word 97 document must be given as bytes');
        return fromDoc(input, options);
      };
    }
    case 'html':
      return (await import('./html/from-html.ts')).fromHtml;
    case 'text':
      return fromText;
    default:
      return readImageOrRefuse;
  }
}

/** An image read through the OCR engine when one is given; otherwise a typed refusal that names an office format. */
async function readImageOrRefuse(input: string | Uint8Array, options: ParseOptions): Promise<ParseResult> {
  const scanned = options.ocr && typeof input !== 'string' ? await options.ocr.readImage(input) : null;
  if (scanned) return readLayout({ kind: 'pdf', lines: scanned }, options);
  const format = typeof input === 'string' ? null : (await import('./doc/name-office-format.ts')).nameOfficeFormat(input);
  if (format) throw new ParseError('UNSUPPORTED_KIND', `The input is a ${format}, which is not read: save it as PDF or DOCX`);
  throw new ParseError('NOT_A_DOCUMENT', 'The input is not a PDF, Word (DOCX or DOC), HTML page or text');
}

/**
 * Reads a report from any supported document; with `options.ocr`, also from scanned PDFs and PNG, JPEG or TIFF
 * images. Content problems come back as diagnostics; only unusable input (not a document, encrypted PDF, scanned
 * PDF without `ocr`, corrupt archive, over a limit: `TOO_LARGE`, `TIMEOUT`,
 * `TOO_COMPLEX`) throws a `ParseError`; so does a bug met on the input (`INTERNAL`, the error in `cause`). Arguments of the wrong type (not a string or bytes, a negative limit)
 * throw a `TypeError`: they are the caller's mistake, not the document's.
 */
export async function parse(input: string | Uint8Array, options: ParseInputOptions = {}): Promise<ParseResult> {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    throw new TypeError('parse: input must be a string or a Uint8Array');
  }
  const budget = new Budget({ timeoutMs: options.timeoutMs, maxSteps: options.maxSteps });
  if (input.length === 0) throw new ParseError('EMPTY_INPUT', 'The input is empty');
  const kind = options.kind ?? (await detectKindOnDemand(input));
  let result: ParseResult;
  try {
    const read = await loadReader(kind);
    const ocr = options.ocr && options.timeoutMs === undefined ? timedOcr(options.ocr, budget) : options.ocr;
    // PDFium loads asynchronously, so a PDF's budget is checked when it is read, not while.
    result = await runWithin(budget, () => read(input, ocr ? { ...options, ocr } : options));
  } catch (error) {
    if (error instanceof ParseError) throw error;
    // The engine's own limits (call stack, string and array length) met: the input's shape, not a bug's.
    if (error instanceof RangeError) throw new ParseError('TOO_COMPLEX', 'The document is too deeply nested or too large to read', { cause: error });
    throw new ParseError('INTERNAL', `The parser failed on this document (a bug, please report it): ${String(error)}`, { cause: error });
  }
  budget.spend(0);
  return kind === 'html' || kind === 'text' ? noteEncoding(input, kind, result) : result;
}
