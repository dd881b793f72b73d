/**
 * PDF reading speed on the corpus: poppler as a process, bare PDFium text extraction, and `pdfToLayout`.
 * Run: `npx tsx bench/pdf.bench.ts` (from packages/parser). Needs `pdftotext` (poppler-utils) on PATH for column (a).
 *
 * The whole parse into a validated report is column (d): import `benchmarkPdf` and pass it the whole-parse
 * function, e.g. `await benchmarkPdf({ wholeParse: (bytes) => fromPdf(bytes) })`.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bindCharApi, viewHeap } from '../src/pdf/pdfium-raw.ts';
import { sharedPdfium, type Pdfium } from '../src/pdf/pdfium.ts';
import { pdfToLayout } from '../src/pdf/pdf-to-layout.ts';

/** The corpus PDFs measured. */
export const CORPUS_PDFS = ['2023-huaian-hongze-district', '2024-huaian-hongze-district', '2024-huaian-city'] as const;

/** Options for `benchmarkPdf`. */
export interface PdfBenchmarkOptions {
  /**
   * Column (c): PDF bytes to a `Layout`. Default: this package's sources. Pass the built package's `pdfToLayout`
   * with `wholeParse` from the same build, so that (c) and (d) time the same code.
   */
  readonly layout?: (bytes: Uint8Array) => Promise<unknown>;
  /** Column (d): the whole parse of PDF bytes into a validated report. Omitted: the column is not shown. */
  readonly wholeParse?: (bytes: Uint8Array) => Promise<unknown>;
  /** Timed runs per cell after warm-up; the median is reported. Default 30. */
  readonly runs?: number;
  /** Untimed warm-up runs per cell. Default 5. */
  readonly warmup?: number;
}

/** One file's medians in milliseconds; `undefined` where a column was not measured. */
export interface PdfBenchmarkRow {
  readonly file: string;
  readonly popplerProcess: number | undefined;
  readonly bareExtraction: number;
  readonly pdfToLayout: number;
  readonly wholeParse: number | undefined;
}

/** Measure every corpus PDF and print a table; returns the medians. */
export async function benchmarkPdf(options: PdfBenchmarkOptions = {}): Promise<PdfBenchmarkRow[]> {
  const runs = options.runs ?? 30;
  const warmup = options.warmup ?? 5;
  const pdfium = await sharedPdfium();
  const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0;
  const rows: PdfBenchmarkRow[] = [];
  for (const name of CORPUS_PDFS) {
    const path = fileURLToPath(new URL(`../../../fixtures/corpus/${name}.pdf`, import.meta.url));
    const bytes = new Uint8Array(readFileSync(path));
    const poppler = () => {
      const result = spawnSync('pdftotext', ['-layout', path, '-']);
      if (result.status !== 0) throw new Error(`pdftotext failed on ${name}`);
    };
    const layout = options.layout ?? pdfToLayout;
    const tasks: Array<() => unknown> = [() => extractBare(pdfium, bytes), () => layout(bytes)];
    if (options.wholeParse) tasks.push(() => options.wholeParse!(bytes));
    if (hasPoppler) tasks.push(poppler);
    const [bare, layoutMs, ...rest] = await medians(runs, warmup, tasks);
    const whole = options.wholeParse ? rest.shift() : undefined;
    rows.push({ file: name, popplerProcess: hasPoppler ? rest.shift() : undefined, bareExtraction: bare!, pdfToLayout: layoutMs!, wholeParse: whole });
  }
  printTable(rows, runs);
  return rows;
}

/**
 * The floor for any PDFium-based reader: load the document and read each character's code and box, through the
 * same raw exports `pdfToLayout` uses (the wrapped calls would make every reader look slow).
 */
function extractBare(pdfium: Pdfium, bytes: Uint8Array): number {
  const module = pdfium.pdfium;
  const api = bindCharApi(pdfium);
  const buffer = module.wasmExports.malloc(bytes.length);
  viewHeap(pdfium).HEAPU8.set(bytes, buffer);
  const box = module.wasmExports.malloc(32);
  let sum = 0;
  const doc = pdfium.FPDF_LoadMemDocument(buffer, bytes.length, '');
  const pages = pdfium.FPDF_GetPageCount(doc);
  for (let index = 0; index < pages; index++) {
    const page = pdfium.FPDF_LoadPage(doc, index);
    const text = pdfium.FPDFText_LoadPage(page);
    const count = api.FPDFText_CountChars(text);
    const f64 = viewHeap(pdfium).HEAPF64;
    for (let i = 0; i < count; i++) {
      sum += api.FPDFText_GetUnicode(text, i);
      api.FPDFText_GetCharBox(text, i, box, box + 8, box + 16, box + 24);
      sum += f64[box >> 3]!;
    }
    pdfium.FPDFText_ClosePage(text);
    pdfium.FPDF_ClosePage(page);
  }
  pdfium.FPDF_CloseDocument(doc);
  module.wasmExports.free(box);
  module.wasmExports.free(buffer);
  return sum;
}

/**
 * Medians of several tasks timed in turn, one run of each per round: slow drifts of the machine (other load,
 * the heap growing) then touch every column alike instead of whichever ran last.
 */
async function medians(runs: number, warmup: number, tasks: ReadonlyArray<() => unknown>): Promise<number[]> {
  for (let i = 0; i < warmup; i++) for (const task of tasks) await task();
  const times = tasks.map((): number[] => []);
  for (let i = 0; i < runs; i++) {
    for (const [t, task] of tasks.entries()) {
      const start = performance.now();
      await task();
      times[t]!.push(performance.now() - start);
    }
  }
  return times.map((list) => {
    list.sort((a, b) => a - b);
    const middle = list.length >> 1;
    return list.length % 2 === 1 ? list[middle]! : (list[middle - 1]! + list[middle]!) / 2;
  });
}

function printTable(rows: readonly PdfBenchmarkRow[], runs: number): void {
  const ms = (value: number | undefined) => (value === undefined ? '—' : value.toFixed(2));
  const ratio = (value: number | undefined, base: number) => (value === undefined ? '—' : `${(value / base).toFixed(2)}×`);
  const table = rows.map((row) => ({
    file: row.file,
    '(a) pdftotext -layout process ms': ms(row.popplerProcess),
    '(b) bare PDFium ms': ms(row.bareExtraction),
    '(c) pdfToLayout ms': ms(row.pdfToLayout),
    '(c)/(b)': ratio(row.pdfToLayout, row.bareExtraction),
    '(d) whole parse ms': ms(row.wholeParse),
    '(d)/(b)': ratio(row.wholeParse, row.bareExtraction),
  }));
  console.log(`PDF reading, median of ${runs} warm runs (target: (d) ≤ 1.25 × (b) and below (a))`);
  console.table(table);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchmarkPdf();
}
