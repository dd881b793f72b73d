/**
 * Writes the committed variants under derived/ from the visible corpus, so that poppler, LibreOffice and Chromium
 * are needed only to regenerate them, never at test time:
 * - pdf-viewer-text/: `pdftotext` without `-layout` (text as copied out of a PDF viewer) of every corpus PDF, of
 *   every expected report rendered to DOCX and printed to PDF by LibreOffice, and of every web-page print below;
 * - office-pdf/: those LibreOffice PDFs;
 * - web-page-pdf/: Chromium's print to PDF of the saved web page 2025-pingtan-zone.html, and of every expected report
 *   as a web page (site chrome, table 3's legal-person columns blank in every row);
 * - crawler-text/: the text of those web pages as a browser gives it (`innerText`: a table's cells separated by tabs,
 *   blank ones empty).
 * derived/manifest.json says which expected report each file reads back to.
 * Run: pnpm --filter @disclosure/conformance derive (needs pdftotext, soffice, /usr/bin/chromium).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReportSchema, type Report } from '@disclosure/core';
import { toDocx } from '@disclosure/renderer';
import { chromium } from 'playwright-core';
import { corpusDir, derivedDir, type ManifestEntry } from '../src/committed-documents.ts';
import { toWebPage, withBlankLegalPersons } from '../src/generators/web-page.ts';

const work = mkdtempSync(join(tmpdir(), 'conformance-derive-'));
const manifest: ManifestEntry[] = [];
for (const folder of ['pdf-viewer-text', 'office-pdf', 'web-page-pdf', 'crawler-text']) mkdirSync(join(derivedDir, folder), { recursive: true });

/** `pdftotext` without `-layout`: the reading order a PDF viewer copies. */
function viewerText(pdf: string, out: string): void {
  execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, out]);
}

const expectedNames = readdirSync(join(corpusDir, 'expected'))
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.replace(/\.json$/u, ''))
  .sort();
const expectedReport = (name: string): Report =>
  ReportSchema.parse(JSON.parse(readFileSync(join(corpusDir, 'expected', `${name}.json`), 'utf8'))) as Report;

for (const file of readdirSync(corpusDir).filter((name) => name.endsWith('.pdf')).sort()) {
  const name = file.replace(/\.pdf$/u, '');
  viewerText(join(corpusDir, file), join(derivedDir, 'pdf-viewer-text', `${name}.txt`));
  manifest.push({ file: `pdf-viewer-text/${name}.txt`, class: 'pdf-viewer-text', expected: name, blankLegalPersons: false, from: `pdftotext (no -layout) of fixtures/corpus/${file}` });
}

for (const name of expectedNames) {
  const docx = join(work, `${name}.docx`);
  writeFileSync(docx, await toDocx(expectedReport(name)));
  execFileSync('soffice', [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', work, docx], {
    stdio: 'ignore',
    timeout: 180_000,
  });
  const pdf = join(derivedDir, 'office-pdf', `${name}.pdf`);
  renameSync(join(work, `${name}.pdf`), pdf);
  manifest.push({ file: `office-pdf/${name}.pdf`, class: 'office-pdf', expected: name, blankLegalPersons: false, from: `toDocx of expected/${name}.json, printed to PDF by LibreOffice` });
  viewerText(pdf, join(derivedDir, 'pdf-viewer-text', `${name}.office.txt`));
  manifest.push({ file: `pdf-viewer-text/${name}.office.txt`, class: 'pdf-viewer-text', expected: name, blankLegalPersons: false, from: `pdftotext (no -layout) of office-pdf/${name}.pdf` });
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
// No script and no network: the saved page prints as the crawler saved it, site chrome and all.
const context = await browser.newContext({ javaScriptEnabled: false });
await context.route(/^(?!file:|data:|about:)/u, (route) => route.abort());
const page = await context.newPage();
/**
 * Prints a web page to `web-page-pdf/<name>.pdf`, copies its text as a PDF viewer would to
 * `pdf-viewer-text/<name>.web-page.txt`, and writes the page's own text (`innerText`) to `crawler-text/<name>.inner-text.txt`.
 */
async function printPage(html: string, name: string, entry: Omit<ManifestEntry, 'file' | 'class' | 'from'>, from: string): Promise<void> {
  const file = join(work, 'page.html');
  writeFileSync(file, html);
  await page.goto(`file://${file}`, { waitUntil: 'load' });
  const pdf = join(derivedDir, 'web-page-pdf', `${name}.pdf`);
  await page.pdf({ path: pdf, format: 'A4', printBackground: false });
  manifest.push({ file: `web-page-pdf/${name}.pdf`, class: 'web-page-pdf', ...entry, from });
  viewerText(pdf, join(derivedDir, 'pdf-viewer-text', `${name}.web-page.txt`));
  manifest.push({ file: `pdf-viewer-text/${name}.web-page.txt`, class: 'pdf-viewer-text', ...entry, from: `pdftotext (no -layout) of web-page-pdf/${name}.pdf` });
  writeFileSync(join(derivedDir, 'crawler-text', `${name}.inner-text.txt`), await page.evaluate(() => document.body.innerText));
  manifest.push({ file: `crawler-text/${name}.inner-text.txt`, class: 'crawler-text', ...entry, from: `the browser's innerText of the page printed to web-page-pdf/${name}.pdf` });
}
await printPage(readFileSync(join(corpusDir, '2025-pingtan-zone.html'), 'utf8'), '2025-pingtan-zone', { expected: '2025-pingtan-zone', blankLegalPersons: false }, 'Chromium print to PDF of fixtures/corpus/2025-pingtan-zone.html');
for (const name of expectedNames) {
  await printPage(
    toWebPage(withBlankLegalPersons(expectedReport(name))),
    `${name}.blank-legal-persons`,
    { expected: name, blankLegalPersons: true },
    `Chromium print to PDF of expected/${name}.json as a web page, table 3's legal-person columns blank`,
  );
}
await browser.close();
rmSync(work, { recursive: true, force: true });
writeFileSync(join(derivedDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`derived: ${manifest.length} files`);
