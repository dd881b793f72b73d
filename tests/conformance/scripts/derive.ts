/**
 * Writes the committed variants under derived/ from the visible corpus, so that poppler, LibreOffice, Chromium and the
 * two viewers' text engines are needed only to regenerate them, never at test time:
 * - office-pdf/: every expected report rendered to DOCX and printed to PDF by LibreOffice;
 * - web-page-pdf/: Chromium's print to PDF of the saved web page 2025-pingtan-zone.html, and of every expected report
 *   as a web page (site chrome, table 3's legal-person columns blank in every row);
 * - crawler-text/: the text of those web pages as a browser gives it (`innerText`: a table's cells separated by tabs,
 *   blank ones empty);
 * - the text a user copies out of every corpus PDF and every PDF above (`<name>.txt` for a corpus PDF,
 *   `<name>.office.txt` and `<name>.web-page.txt` for the prints): pdf-viewer-text/ by `pdftotext` without `-layout`,
 *   chrome-viewer-text/ as Chrome's viewer copies it (PDFium) and firefox-viewer-text/ as Firefox's does (pdf.js),
 *   see viewer-copies.ts;
 * - text-dump/: what the text browsers w3m, elinks and lynx dump (`-dump`) of the saved web page and of every
 *   expected report as a web page whose tables have `border="1"` (as a table pasted from Word has): w3m and elinks
 *   draw the ruled tables with box-drawing characters, lynx lays the cells out in spaced columns;
 * - office-page-pdf/: LibreOffice's print to PDF of the same pages (a page opened in an office program and exported:
 *   the header rows repeated on every page, rows cut by page breaks, labels wrapped in narrow columns);
 * - converted-markdown/: the Markdown Python's html2text (`html2markdown`, as LangChain's Html2TextTransformer and many
 *   crawlers convert pages) writes of the saved web page and of every expected report as a web page, as it does by
 *   default and with `--pad-tables`: pipe tables without their outer bars, the cells under a merged one left out.
 * - pdf-library-text/: the text Python's PDF libraries give of every PDF above (`<name>.pymupdf.txt`,
 *   `….pymupdf-sorted.txt`, `….pypdf.txt`; see pdf-library-text.py): PyMuPDF in drawing order and sorted by the blocks'
 *   bottoms (a label wrapped over two lines then follows its row's figures), pypdf with a row's cells run together.
 * - wide-table-pdf/: Chromium's print of two expected reports as web pages whose tables are wider than the page: the
 *   page's margin cuts labels, figures and whole columns (their copies and texts named `<name>.wide-page.*`).
 * - pdf-layout-text/: `pdftotext -layout` of every PDF above (the text crawlers and scripts most often take of a PDF:
 *   each page's lines with its columns laid out in spaces).
 * derived/manifest.json says which expected report each file reads back to.
 * Run: pnpm --filter @disclosure/conformance derive (needs pdftotext, soffice, /usr/bin/chromium, w3m, elinks, lynx,
 * html2markdown from Debian's python3-html2text, Debian's /usr/bin/python3 with python3-fitz and python3-pypdf);
 * `derive -- --only=text-dump,office-page-pdf,viewer-text` makes those classes again and keeps the rest
 * (`viewer-text` is the three viewers' copies of every PDF).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Report } from '@disclosure/core';
import { toDocx } from '@disclosure/renderer';
import { chromium } from 'playwright-core';
import { corpusDir, derivedDir, expectedNames, expectedReport, type ManifestEntry } from '../src/committed-documents.ts';
import { toWebPage, withBlankLegalPersons } from '../src/generators/web-page.ts';
import { copyFromChrome, copyFromFirefox } from './viewer-copies.ts';

const viewerClasses = ['pdf-viewer-text', 'chrome-viewer-text', 'firefox-viewer-text'] as const;
/** The classes this run makes again (`--only=a,b`; `null`: all); the manifest keeps the other classes' entries. */
const only: readonly string[] | null =
  process.argv
    .find((arg) => arg.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',')
    .flatMap((name) => (name === 'viewer-text' ? [...viewerClasses] : [name])) ?? null;
const makes = (documentClass: string): boolean => only === null || only.includes(documentClass);
const work = mkdtempSync(join(tmpdir(), 'conformance-derive-'));
const manifest: ManifestEntry[] = only
  ? (JSON.parse(readFileSync(join(derivedDir, 'manifest.json'), 'utf8')) as ManifestEntry[]).filter((entry) => !only.includes(entry.class))
  : [];
for (const folder of [...viewerClasses, 'office-pdf', 'web-page-pdf', 'crawler-text', 'text-dump', 'office-page-pdf', 'converted-markdown', 'pdf-library-text', 'wide-table-pdf', 'pdf-layout-text']) {
  mkdirSync(join(derivedDir, folder), { recursive: true });
}

/** `pdftotext` without `-layout`: the reading order a PDF viewer copies. */
function viewerText(pdf: string, out: string): void {
  execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, out]);
}

const names = expectedNames();
/** A report as a web page whose tables have `border="1"`, as a table pasted from Word has (text browsers then draw its rules). */
const borderedPage = (report: Report): string => toWebPage(report).replaceAll('<table ', '<table border="1" ');

if (makes('office-pdf')) {
  for (const name of names) {
    const docx = join(work, `${name}.docx`);
    writeFileSync(docx, await toDocx(expectedReport(name)));
    execFileSync('soffice', [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', work, docx], {
      stdio: 'ignore',
      timeout: 180_000,
    });
    const pdf = join(derivedDir, 'office-pdf', `${name}.pdf`);
    renameSync(join(work, `${name}.pdf`), pdf);
    manifest.push({ file: `office-pdf/${name}.pdf`, class: 'office-pdf', expected: name, blankLegalPersons: false, from: `toDocx of expected/${name}.json, printed to PDF by LibreOffice` });
  }

  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  // No script and no network: the saved page prints as the crawler saved it, site chrome and all.
  const context = await browser.newContext({ javaScriptEnabled: false });
  await context.route(/^(?!file:|data:|about:)/u, (route) => route.abort());
  const page = await context.newPage();
  /**
   * Prints a web page to `web-page-pdf/<name>.pdf` and writes the page's own text (`innerText`) to
   * `crawler-text/<name>.inner-text.txt`.
   */
  async function printPage(html: string, name: string, entry: Omit<ManifestEntry, 'file' | 'class' | 'from'>, from: string): Promise<void> {
    const file = join(work, 'page.html');
    writeFileSync(file, html);
    await page.goto(`file://${file}`, { waitUntil: 'load' });
    const pdf = join(derivedDir, 'web-page-pdf', `${name}.pdf`);
    await page.pdf({ path: pdf, format: 'A4', printBackground: false });
    manifest.push({ file: `web-page-pdf/${name}.pdf`, class: 'web-page-pdf', ...entry, from });
    writeFileSync(join(derivedDir, 'crawler-text', `${name}.inner-text.txt`), await page.evaluate(() => document.body.innerText));
    manifest.push({ file: `crawler-text/${name}.inner-text.txt`, class: 'crawler-text', ...entry, from: `the browser's innerText of the page printed to web-page-pdf/${name}.pdf` });
  }
  await printPage(readFileSync(join(corpusDir, '2025-pingtan-zone.html'), 'utf8'), '2025-pingtan-zone', { expected: '2025-pingtan-zone', blankLegalPersons: false }, 'Chromium print to PDF of fixtures/corpus/2025-pingtan-zone.html');
  for (const name of names) {
    await printPage(
      toWebPage(withBlankLegalPersons(expectedReport(name))),
      `${name}.blank-legal-persons`,
      { expected: name, blankLegalPersons: true },
      `Chromium print to PDF of expected/${name}.json as a web page, table 3's legal-person columns blank`,
    );
  }
  await browser.close();
}

if (makes('office-page-pdf')) {
  /** Prints a web page to PDF with LibreOffice (Writer/Web), as a page opened in an office program and exported. */
  const printInOffice = (html: string, name: string, expected: string, from: string): void => {
    const file = join(work, `${name}.html`);
    writeFileSync(file, html);
    execFileSync('soffice', [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', work, file], { stdio: 'ignore', timeout: 180_000 });
    renameSync(join(work, `${name}.pdf`), join(derivedDir, 'office-page-pdf', `${name}.pdf`));
    manifest.push({ file: `office-page-pdf/${name}.pdf`, class: 'office-page-pdf', expected, blankLegalPersons: false, from });
  };
  printInOffice(readFileSync(join(corpusDir, '2025-pingtan-zone.html'), 'utf8'), '2025-pingtan-zone.saved-page', '2025-pingtan-zone', 'LibreOffice print to PDF of fixtures/corpus/2025-pingtan-zone.html');
  for (const name of names) {
    printInOffice(borderedPage(expectedReport(name)), name, name, `LibreOffice print to PDF of expected/${name}.json as a web page, its tables with border="1"`);
  }
}

if (makes('wide-table-pdf')) {
  /**
   * Chromium's print of a report as a web page whose tables are wider than the page (a fixed width in CSS pixels, as
   * a site's stylesheet or a table pasted from Word sets): the print shrinks the page only so far, and the page's
   * margin cuts what passes it — a column's label cut short (`现行有`), a figure cut to its first digits (`665` to
   * `6`), a column gone whole. A 2021-edition report at 1000 pixels and a 2019-edition one at 1200.
   */
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  const page = await browser.newPage({ javaScriptEnabled: false });
  for (const [name, width] of [['2021-pingtan-zone', 1000], ['2020-yueqing-xianxi-town', 1200]] as const) {
    const html = borderedPage(expectedReport(name)).replaceAll('<table ', `<table style="width:${width}px;table-layout:fixed" `);
    await page.setContent(html);
    const file = `wide-table-pdf/${name}.${width}px.pdf`;
    await page.pdf({ path: join(derivedDir, file), format: 'A4', printBackground: false });
    manifest.push({ file, class: 'wide-table-pdf', expected: name, blankLegalPersons: false, from: `Chromium print to PDF of expected/${name}.json as a web page, its tables ${width} CSS pixels wide` });
  }
  await browser.close();
}

if (makes('text-dump')) {
  /** Each text browser's command line dumping a page 120 columns wide, as UTF-8. */
  const dumpers: Record<string, (file: string) => string[]> = {
    w3m: (file) => ['w3m', '-dump', '-cols', '120', '-O', 'UTF-8', '-T', 'text/html', file],
    elinks: (file) => ['elinks', '-dump', '-dump-width', '120', '-dump-charset', 'utf-8', '-no-references', '-no-numbering', file],
    lynx: (file) => ['lynx', '-dump', '-nolist', '-width=120', '-display_charset=utf-8', file],
  };
  /** Writes `text-dump/<name>.<browser>.txt`: each text browser's dump of a web page. */
  const dumpPage = (html: string, name: string, expected: string, from: string): void => {
    const file = join(work, 'page.html');
    writeFileSync(file, html);
    for (const [browser, command] of Object.entries(dumpers)) {
      const [program, ...args] = command(file);
      writeFileSync(join(derivedDir, 'text-dump', `${name}.${browser}.txt`), execFileSync(program!, args, { timeout: 60_000 }));
      manifest.push({ file: `text-dump/${name}.${browser}.txt`, class: 'text-dump', expected, blankLegalPersons: false, from: `${browser} -dump of ${from}` });
    }
  };
  dumpPage(readFileSync(join(corpusDir, '2025-pingtan-zone.html'), 'utf8'), '2025-pingtan-zone.saved-page', '2025-pingtan-zone', 'fixtures/corpus/2025-pingtan-zone.html');
  for (const name of names) {
    dumpPage(borderedPage(expectedReport(name)), name, name, `expected/${name}.json as a web page, its tables with border="1"`);
  }
}

if (makes('converted-markdown')) {
  /** Writes `converted-markdown/<name>.html2text.md` and `….html2text-padded.md`: html2text's Markdown of a web page. */
  const convertPage = (html: string, name: string, expected: string, from: string): void => {
    const file = join(work, 'page.html');
    writeFileSync(file, html);
    for (const [suffix, options] of [['html2text', []], ['html2text-padded', ['--pad-tables']]] as const) {
      const out = `converted-markdown/${name}.${suffix}.md`;
      writeFileSync(join(derivedDir, out), execFileSync('html2markdown', ['--body-width=0', ...options, file, 'utf-8'], { timeout: 60_000 }));
      manifest.push({ file: out, class: 'converted-markdown', expected, blankLegalPersons: false, from: `html2markdown --body-width=0 ${options.join(' ')} of ${from}`.replace('  ', ' ') });
    }
  };
  convertPage(readFileSync(join(corpusDir, '2025-pingtan-zone.html'), 'utf8'), '2025-pingtan-zone.saved-page', '2025-pingtan-zone', 'fixtures/corpus/2025-pingtan-zone.html');
  for (const name of names) convertPage(toWebPage(expectedReport(name)), name, name, `expected/${name}.json as a web page`);
}

/** The suffix the copies of each class of derived PDF take. */
const printedAs: Readonly<Record<string, string>> = { 'office-pdf': 'office', 'web-page-pdf': 'web-page', 'office-page-pdf': 'office-page', 'wide-table-pdf': 'wide-page' };
/** The PDFs a user copies text out of, each with the name its copies take and the expected report it reads back to. */
const sources = [
  ...readdirSync(corpusDir)
    .filter((file) => file.endsWith('.pdf'))
    .sort()
    .map((file) => ({ pdf: join(corpusDir, file), of: `fixtures/corpus/${file}`, name: file.replace(/\.pdf$/u, ''), expected: file.replace(/\.pdf$/u, ''), blankLegalPersons: false })),
  ...manifest
    .filter((entry) => entry.class in printedAs)
    .map((entry) => ({
      pdf: join(derivedDir, entry.file),
      of: entry.file,
      name: `${basename(entry.file, '.pdf')}.${printedAs[entry.class]}`,
      expected: entry.expected,
      blankLegalPersons: entry.blankLegalPersons,
    })),
];
const how: Record<(typeof viewerClasses)[number], string> = {
  'pdf-viewer-text': 'pdftotext (no -layout)',
  'chrome-viewer-text': "Chrome's viewer (PDFium), select-all + copy",
  'firefox-viewer-text': "Firefox's viewer (pdf.js), select-all + copy",
};
if (makes('pdf-viewer-text')) {
  for (const { pdf, of, name, expected, blankLegalPersons } of sources) {
    const bytes = new Uint8Array(readFileSync(pdf));
    viewerText(pdf, join(derivedDir, 'pdf-viewer-text', `${name}.txt`));
    writeFileSync(join(derivedDir, 'chrome-viewer-text', `${name}.txt`), await copyFromChrome(bytes));
    writeFileSync(join(derivedDir, 'firefox-viewer-text', `${name}.txt`), await copyFromFirefox(bytes));
    for (const folder of viewerClasses) manifest.push({ file: `${folder}/${name}.txt`, class: folder, expected, blankLegalPersons, from: `${how[folder]} of ${of}` });
  }
}

const libraries = {
  pymupdf: 'PyMuPDF page.get_text()',
  'pymupdf-sorted': 'PyMuPDF page.get_text(sort=True)',
  pypdf: 'pypdf page.extract_text()',
} as const;
if (makes('pdf-library-text')) {
  const script = fileURLToPath(new URL('pdf-library-text.py', import.meta.url));
  for (const { pdf, of, name, expected, blankLegalPersons } of sources) {
    for (const [mode, tool] of Object.entries(libraries)) {
      const file = `pdf-library-text/${name}.${mode}.txt`;
      execFileSync('/usr/bin/python3', [script, mode, pdf, join(derivedDir, file)], { timeout: 120_000 });
      manifest.push({ file, class: 'pdf-library-text', expected, blankLegalPersons, from: `${tool} of ${of}` });
    }
  }
}

if (makes('pdf-layout-text')) {
  for (const { pdf, of, name, expected, blankLegalPersons } of sources) {
    const file = `pdf-layout-text/${name}.txt`;
    execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, join(derivedDir, file)]);
    manifest.push({ file, class: 'pdf-layout-text', expected, blankLegalPersons, from: `pdftotext -layout of ${of}` });
  }
}

rmSync(work, { recursive: true, force: true });
writeFileSync(join(derivedDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`derived: ${manifest.length} files`);
