/**
 * Prints real reports with new numbers and reads every text of the prints back. Each expected report keeps its prose,
 * shape and blanks, its tables re-numbered so that every identity holds (core's `balancedReport` of its edition and
 * shape, figures below 12 or a given scale, one seed per report and round); it is printed to PDF by LibreOffice as a web page whose
 * tables are ruled (`office`), by LibreOffice from `toDocx` (`docx`) and by Chromium as a web page (`chrome`), and read
 * back from the PDF and from eight texts of it: `pdftotext` (`default`, `-layout`, `-raw`), the copies of Chrome's and
 * Firefox's viewers, PyMuPDF (in drawing order, and sorted) and pypdf. With `errors`, one figure of table 3 or 4 of
 * each report is then made 1 to 3 too large (`withOneError`): the error a check is for. Prints every wrong cell, cell
 * left unread without a diagnostic and false finding, then per printer and text the share of cells read, those counts
 * and the findings found. Prints and texts are kept under $TMPDIR/print-stress, so a second run reads them again
 * without printing.
 * Run: pnpm --filter @disclosure/conformance stress -- ROUNDS PRINTERS [TEXTS [SCALE [errors]]], e.g.
 * `stress -- 1-4 office,docx,chrome`, `stress -- 1-2 office pdf,default 5000`, `stress -- 1-2 office,docx,chrome pdf,default,raw 300 errors`
 * (needs soffice, /usr/bin/chromium, pdftotext, and Debian's /usr/bin/python3 with python3-fitz and python3-pypdf).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Report } from '@disclosure/core';
import { toDocx } from '@disclosure/renderer';
import { chromium } from 'playwright-core';
import { expectedNames } from '../src/committed-documents.ts';
import { renumberedReport, withOneError } from '../src/renumbered-report.ts';
import { toWebPage } from '../src/generators/web-page.ts';
import { utf8, type TestDocument } from '../src/document.ts';
import { readDocument } from '../src/read-document.ts';
import { StressTally } from '../src/stress-tally.ts';
import { copyFromChrome, copyFromFirefox } from './viewer-copies.ts';

const [roundArg = '1-2', printerArg = 'office,docx,chrome', textArg, scaleArg = '12', errorArg = ''] = process.argv.slice(2);
/** Table figures are drawn below this (a county's few applications, or a city's thousands). */
const scale = Number(scaleArg);
const [first = 1, last = first] = roundArg.split('-').map(Number);
const printers = printerArg.split(',') as Printer[];
const texts = (textArg ?? 'pdf,default,layout,raw,chrome,firefox,pymupdf,pymupdf-sorted,pypdf').split(',');
const names = expectedNames();
const root = join(tmpdir(), 'print-stress');
mkdirSync(root, { recursive: true });

type Printer = 'office' | 'docx' | 'chrome';

const browser = printers.includes('chrome') ? await chromium.launch({ executablePath: '/usr/bin/chromium' }) : null;
const page = browser ? await (await browser.newContext({ javaScriptEnabled: false })).newPage() : null;

/** `report` printed to `dir/<printer>.pdf` (kept: a print made before is read again). */
async function print(printer: Printer, report: Report, dir: string): Promise<string> {
  const pdf = join(dir, `${printer}.pdf`);
  if (existsSync(pdf)) return pdf;
  if (printer === 'chrome') {
    writeFileSync(join(dir, 'page.html'), toWebPage(report));
    await page!.goto(`file://${join(dir, 'page.html')}`, { waitUntil: 'load' });
    await page!.pdf({ path: pdf, format: 'A4' });
    return pdf;
  }
  const source = join(dir, printer === 'docx' ? 'docx.docx' : 'office.html');
  writeFileSync(source, printer === 'docx' ? await toDocx(report) : toWebPage(report).replaceAll('<table ', '<table border="1" '));
  execFileSync('soffice', [`-env:UserInstallation=file://${join(root, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, source], { stdio: 'ignore', timeout: 180_000 });
  return pdf;
}

/** The text `form` of `pdf` (kept beside it). */
async function textOf(form: string, pdf: string): Promise<string> {
  const out = `${pdf}.${form}.txt`;
  if (existsSync(out)) return readFileSync(out, 'utf8');
  if (form === 'chrome' || form === 'firefox') {
    const bytes = new Uint8Array(readFileSync(pdf));
    writeFileSync(out, form === 'chrome' ? await copyFromChrome(bytes) : await copyFromFirefox(bytes));
  } else if (form === 'default') execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, out]);
  else if (form === 'layout' || form === 'raw') execFileSync('pdftotext', ['-enc', 'UTF-8', `-${form}`, pdf, out]);
  else execFileSync('/usr/bin/python3', [fileURLToPath(new URL('pdf-library-text.py', import.meta.url)), form, pdf, out]);
  return readFileSync(out, 'utf8');
}

const tally = new StressTally();
for (let round = first; round <= last; round++) {
  for (const name of names) {
    const balanced = renumberedReport(name, round, scale);
    const errors = errorArg === 'errors';
    const report = errors ? withOneError(balanced, round * 1000 + names.indexOf(name)) : balanced;
    const dir = join(root, `${name}-${round}${scale === 12 ? '' : `-${scale}`}${errors ? '-errors' : ''}`);
    mkdirSync(dir, { recursive: true });
    for (const printer of printers) {
      const pdf = await print(printer, report, dir);
      for (const form of texts) {
        const document: TestDocument =
          form === 'pdf'
            ? { name: `${name}-${round}.${printer}.pdf`, class: 'office-pdf', bytes: new Uint8Array(readFileSync(pdf)), expected: report }
            : { name: `${name}-${round}.${printer}.${form}.txt`, class: 'pdf-viewer-text', bytes: utf8(await textOf(form, pdf)), expected: report };
        tally.add(`${printer} ${form}`, await readDocument(document), ` (${pdf})`);
      }
    }
  }
}
await browser?.close();
tally.report();
process.exitCode = tally.failed ? 1 : 0;
