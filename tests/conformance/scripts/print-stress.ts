/**
 * Prints real reports with new numbers and reads every text of the prints back. Each expected report keeps its prose,
 * shape and blanks, its tables re-numbered so that every identity holds (core's `balancedReport` of its edition and
 * shape, figures below 12 or a given scale, one seed per report and round); it is printed to PDF by LibreOffice as a web page whose
 * tables are ruled (`office`), by LibreOffice from `toDocx` (`docx`) and by Chromium as a web page (`chrome`), and read
 * back from the PDF and from eight texts of it: `pdftotext` (`default`, `-layout`, `-raw`), the copies of Chrome's and
 * Firefox's viewers, PyMuPDF (in drawing order, and sorted) and pypdf. Prints every wrong cell, cell left unread
 * without a diagnostic and false finding, then per printer and text the share of cells read and those counts.
 * Prints and texts are kept under $TMPDIR/print-stress, so a second run reads them again without printing.
 * Run: pnpm --filter @disclosure/conformance stress -- ROUNDS PRINTERS [TEXTS [SCALE]], e.g. `stress -- 1-4 office,docx,chrome`,
 * `stress -- 1-2 office pdf,default 5000`
 * (needs soffice, /usr/bin/chromium, pdftotext, and Debian's /usr/bin/python3 with python3-fitz and python3-pypdf).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getCell, listCellPaths, setCell, type Report } from '@disclosure/core';
import { toDocx } from '@disclosure/renderer';
import { chromium } from 'playwright-core';
import { balancedReport } from '../../../packages/core/test/balanced.ts';
import { corpusDir, expectedReport } from '../src/committed-documents.ts';
import { toWebPage } from '../src/generators/web-page.ts';
import { utf8, type TestDocument } from '../src/document.ts';
import { failures, readDocument } from '../src/read-document.ts';
import { copyFromChrome, copyFromFirefox } from './viewer-copies.ts';

const [roundArg = '1-2', printerArg = 'office,docx,chrome', textArg, scaleArg = '12'] = process.argv.slice(2);
/** Table figures are drawn below this (a county's few applications, or a city's thousands). */
const scale = Number(scaleArg);
const [first = 1, last = first] = roundArg.split('-').map(Number);
const printers = printerArg.split(',') as Printer[];
const texts = (textArg ?? 'pdf,default,layout,raw,chrome,firefox,pymupdf,pymupdf-sorted,pypdf').split(',');
const names = readdirSync(join(corpusDir, 'expected'))
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.replace(/\.json$/u, ''))
  .sort();
const root = join(tmpdir(), 'print-stress');
mkdirSync(root, { recursive: true });

type Printer = 'office' | 'docx' | 'chrome';

/** The expected report `name` with its tables' figures from `balancedReport` (round `round`, below `scale`); its blanks stay blank. */
function renumbered(name: string, round: number): Report {
  const expected = expectedReport(name);
  const oneRow = expected.edition === '2021' && 'naturalPerson' in expected.tables.applications.otherHandling;
  const balanced = balancedReport(expected.edition === '2019' ? '2019' : oneRow ? '2021-single' : '2021', round * 1000 + names.indexOf(name), scale);
  const report = structuredClone(expected);
  delete report.printed;
  for (const path of listCellPaths(expected)) if (getCell(expected, path) !== null) setCell(report, path, getCell(balanced, path) ?? null);
  return report;
}

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

interface Tally {
  documents: number;
  cells: number;
  read: number;
  wrong: number;
  silent: number;
  falseFindings: number;
}

const tallies = new Map<string, Tally>();
for (let round = first; round <= last; round++) {
  for (const name of names) {
    const report = renumbered(name, round);
    const dir = join(root, scale === 12 ? `${name}-${round}` : `${name}-${round}-${scale}`);
    mkdirSync(dir, { recursive: true });
    for (const printer of printers) {
      const pdf = await print(printer, report, dir);
      for (const form of texts) {
        const document: TestDocument =
          form === 'pdf'
            ? { name: `${name}-${round}.${printer}.pdf`, class: 'office-pdf', bytes: new Uint8Array(readFileSync(pdf)), expected: report }
            : { name: `${name}-${round}.${printer}.${form}.txt`, class: 'pdf-viewer-text', bytes: utf8(await textOf(form, pdf)), expected: report };
        const result = await readDocument(document);
        const key = `${printer} ${form}`;
        const tally = tallies.get(key) ?? { documents: 0, cells: 0, read: 0, wrong: 0, silent: 0, falseFindings: 0 };
        const verdicts = result.comparison.verdicts;
        tally.documents++;
        tally.cells += verdicts.length;
        tally.read += verdicts.filter((verdict) => verdict.outcome === 'exact' || verdict.outcome === 'blank-exact').length;
        tally.wrong += verdicts.filter((verdict) => verdict.outcome === 'wrong').length;
        tally.silent += verdicts.filter((verdict) => verdict.outcome === 'unread-without-diagnostic').length;
        tally.falseFindings += result.falseFindings.length;
        tallies.set(key, tally);
        const bad = failures(result);
        if (bad.length > 0) console.log(`${document.name} (${pdf}): ${bad.join('; ')}`);
      }
    }
  }
}
await browser?.close();
for (const [key, tally] of [...tallies].sort()) {
  const share = ((100 * tally.read) / tally.cells).toFixed(1);
  console.log(`${key.padEnd(24)} ${tally.documents} documents, ${share} % read, ${tally.wrong} wrong, ${tally.silent} unread without a diagnostic, ${tally.falseFindings} false findings`);
}
