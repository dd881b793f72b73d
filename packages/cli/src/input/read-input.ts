import { basename, extname } from 'node:path';
import { validate, type Diagnostic, type Report, type ValidateOptions } from '@disclosure/core/lite';
import { parse, ParseError, type Coverage, type OcrEngine, type ParseInputOptions, type Readings, type SourceMap } from '@disclosure/parser/lite';
import { describeSize, readBounded } from './read-bounded.ts';
import type { Unusable } from './unusable.ts';

/** A report read from a file: a document through the parser, a `.json` file through core's `parseReport`. */
export interface ReadReport {
  readonly report: Report;
  /** The parser's notes and core's rule diagnostics (for JSON: `validate`'s), each with its source place. */
  readonly diagnostics: Diagnostic[];
  /** Cells the parser could not read (`null` in the report, named by a diagnostic); 0 for a report JSON. */
  readonly unread: number;
  /** Where each cell was read; empty for JSON. */
  readonly sourceMap: SourceMap;
  /** How each cell was read (`direct`, `blank`, `resolved` and by what, `unread` with its candidates); absent for JSON. */
  readonly readings?: Readings;
  /** Cells read, printed blank and unread; absent for JSON. */
  readonly coverage?: Coverage;
}

/** Thrown by `readInput` for a file that cannot be used; carries the plain `Unusable` data. */
export class UnusableInputError extends Error {
  override readonly name = 'UnusableInputError';
  constructor(readonly unusable: Unusable) {
    super(unusable.code);
  }
}

/** Options of `readInput`. */
export interface ReadInputOptions {
  /** Options for core's `validate`, or `false` to skip the rules. Default `{}`: every rule on. */
  readonly validate?: ValidateOptions | false;
  /** Last year's report of the same body, evidence for this year's 上年结转 row (the parser's `previous`). Default: none. */
  readonly previous?: Report;
}

let ocrEngine: Promise<OcrEngine> | undefined;

/** The OCR engine, started on first use: `@disclosure/ocr` is imported only when a scan turns up. */
function loadOcr(): Promise<OcrEngine> {
  ocrEngine ??= import('@disclosure/ocr').then((ocr) => ocr.createOcr()).catch((error: unknown) => {
    ocrEngine = undefined;
    throw error;
  });
  return ocrEngine;
}

/**
 * Parses a document; a scanned PDF (`NEEDS_OCR`) or an image (`NOT_A_DOCUMENT` without OCR) is parsed again with the
 * OCR engine, so text files and born-digital PDFs never load it.
 */
async function parseWithOcr(bytes: Uint8Array, options: ParseInputOptions) {
  try {
    return await parse(bytes, options);
  } catch (error) {
    if (!(error instanceof ParseError) || (error.code !== 'NEEDS_OCR' && error.code !== 'NOT_A_DOCUMENT')) throw error;
    // @disclosure/ocr is an optional dependency: without it (its install failed, or was left out) the error stands.
    const ocr = await loadOcr().catch(() => null);
    if (!ocr) throw error;
    return parse(bytes, { ...options, ocr });
  }
}

function fail(unusable: Unusable): never {
  throw new UnusableInputError(unusable);
}

async function readBytes(path: string): Promise<Uint8Array> {
  const read = await readBounded(path);
  if (read instanceof Uint8Array) return read;
  if ('tooLarge' in read) return fail({ code: 'TOO_LARGE', detail: describeSize(read.tooLarge) });
  const code = read.error.code;
  return fail(code === 'ENOENT' ? { code: 'NOT_FOUND' } : { code: 'UNREADABLE', detail: code ?? String(read.error) });
}

async function fromJson(bytes: Uint8Array, options: ReadInputOptions): Promise<ReadReport> {
  if (bytes.length === 0) fail({ code: 'EMPTY_INPUT' });
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return fail({ code: 'INVALID_JSON' });
  }
  // zod (under `parseReport`) is loaded for report JSON only: documents never need it.
  const { parseReport } = await import('@disclosure/core');
  const parsed = parseReport(json);
  if (!parsed.success) {
    const first = parsed.issues[0];
    return fail({ code: 'NOT_A_REPORT', ...(first ? { detail: `${first.path.join('.') || '/'} ${first.message}` } : {}) });
  }
  const diagnostics = options.validate === false ? [] : validate(parsed.report, options.validate ?? {});
  return { report: parsed.report, diagnostics, sourceMap: {}, unread: 0 };
}

/**
 * Reads one report file, refusing one over 50 MiB (`TOO_LARGE`) from its size before reading it. Throws `UnusableInputError` for a file that is missing, unreadable, empty, encrypted,
 * not a document, or a document without one table value (prose, an unrelated page); never for content problems,
 * which are diagnostics.
 */
export async function readInput(path: string, options: ReadInputOptions = {}): Promise<ReadReport> {
  const bytes = await readBytes(path);
  if (extname(path).toLowerCase() === '.json') return fromJson(bytes, options);
  try {
    const result = await parseWithOcr(bytes, { name: basename(path), validate: options.validate ?? {}, ...(options.previous ? { previous: options.previous } : {}) });
    if (Object.keys(result.sourceMap).length === 0) fail({ code: 'NO_TABLES' });
    return { ...result, unread: result.coverage.unread };
  } catch (error) {
    if (error instanceof ParseError) {
      // The parser names the format it does not read (`Microsoft Works document (.wps)`) in the message.
      fail(error.code === 'UNSUPPORTED_KIND' ? { code: error.code, detail: error.message } : { code: error.code });
    }
    throw error;
  }
}
