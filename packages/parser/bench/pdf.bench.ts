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
import { charApiOf, heapOf } from '../src/pdf/pdf-chars.ts';
import { sharedPdfium, type Pdfium } from '../src/pdf/pdfium.ts';
import { pdfToLayout } from '../src/pdf/pdf-to-layout.ts';

/** The corpus PDFs measured. */
export const CORPUS_PDFS = ['2023-huaian-hongze-district', '2024-huaian-hongze-district', '2024-huaian-city'] as const;

/** Options for `benchmarkPdf`. */
export interface PdfBenchmarkOptions {
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
    const poppler = hasPoppler
      ? await median(runs, warmup, () => {
          const result = spawnSync('pdftotext', ['-layout', path, '-']);
          if (result.status !== 0) throw new Error(`pdftotext failed on ${name}`);
        })
      : undefined;
    const bare = await median(runs, warmup, () => extractBare(pdfium, bytes));
    const layout = await median(runs, warmup, () => pdfToLayout(bytes));
    const whole = options.wholeParse ? await median(runs, warmup, () => options.wholeParse!(bytes)) : undefined;
    rows.push({ file: name, popplerProcess: poppler, bareExtraction: bare, pdfToLayout: layout, wholeParse: whole });
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
  const api = charApiOf(pdfium);
  const buffer = module.wasmExports.malloc(bytes.length);
  heapOf(pdfium).HEAPU8.set(bytes, buffer);
  const box = module.wasmExports.malloc(32);
  let sum = 0;
  const doc = pdfium.FPDF_LoadMemDocument(buffer, bytes.length, '');
  const pages = pdfium.FPDF_GetPageCount(doc);
  for (let index = 0; index < pages; index++) {
    const page = pdfium.FPDF_LoadPage(doc, index);
    const text = pdfium.FPDFText_LoadPage(page);
    const count = api.FPDFText_CountChars(text);
    const f64 = heapOf(pdfium).HEAPF64;
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

async function median(runs: number, warmup: number, task: () => unknown): Promise<number> {
  for (let i = 0; i < warmup; i++) await task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const middle = times.length >> 1;
  return times.length % 2 === 1 ? times[middle]! : (times[middle - 1]! + times[middle]!) / 2;
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
