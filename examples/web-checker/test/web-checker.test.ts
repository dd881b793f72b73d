import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContinuity, describeCell, getCell, listCellPaths, ReportSchema, validate, type Diagnostic, type Report } from '@disclosure/core';
import { parse, type ParseResult } from '@disclosure/parser';
import { toDocx } from '@disclosure/renderer';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist } from '../scripts/serve-dist.mjs';

const executablePath = '/usr/bin/chromium';
const hasChromium = existsSync(executablePath);
if (!hasChromium) {
  console.warn(`web-checker end-to-end tests skipped: ${executablePath} is missing (apt-get install -y chromium fonts-noto-cjk)`);
}

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const corpus = (name: string) => fileURLToPath(new URL(`../../../fixtures/corpus/${name}`, import.meta.url));
const artifacts = fileURLToPath(new URL('../../../.artifacts/', import.meta.url));
const makeScans = fileURLToPath(new URL('../../../packages/ocr/scripts/make-scans.sh', import.meta.url));
/**
 * The derived-scan script needs poppler and ImageMagick allowed to write PDF (Debian's policy.xml forbids it by
 * default); without them the scan test is skipped with a message.
 */
function probeScanTools(): boolean {
  if (!['/usr/bin/pdftoppm', '/usr/bin/convert'].every((tool) => existsSync(tool))) return false;
  const probe = join(mkdtempSync(join(tmpdir(), 'web-checker-probe-')), 'probe.pdf');
  try {
    execFileSync('/usr/bin/convert', ['-size', '8x8', 'xc:white', probe], { stdio: 'ignore' });
    return existsSync(probe);
  } catch {
    return false;
  } finally {
    rmSync(join(probe, '..'), { recursive: true, force: true });
  }
}
const canMakeScans = probeScanTools();
if (!canMakeScans) {
  console.warn('web-checker scan test skipped: needs pdftoppm and ImageMagick allowed to write PDF (apt-get install -y poppler-utils imagemagick; the PDF coder in /etc/ImageMagick-6/policy.xml)');
}

/** What the page should list for a document: the parser's notes and core's rules, exactly as the parser returns them. */
async function expectedFindings(file: string, bytes = readFileSync(file)): Promise<ParseResult> {
  return parse(new Uint8Array(bytes), { name: file });
}

const count = (diagnostics: readonly Diagnostic[], severity: Diagnostic['severity']) => diagnostics.filter((d) => d.severity === severity).length;

/** Waits until the status line says the document was read (or failed) and returns what the page shows. Default timeout 30 s. */
async function waitForResult(page: Page, timeout = 30_000) {
  await page.waitForSelector('#status[data-state="ready"], #status[data-state="error"]', { timeout });
  return page.evaluate(() => {
    const summary = document.getElementById('summary')!;
    return {
      state: document.getElementById('status')!.dataset['state'],
      status: document.getElementById('status')!.textContent,
      ms: Number(document.getElementById('status')!.dataset['ms']),
      total: Number(summary.dataset['total']),
      errors: Number(summary.dataset['errors']),
      warnings: Number(summary.dataset['warnings']),
      items: document.querySelectorAll('#findings .dx-finding').length,
      errorCells: Array.from(document.querySelectorAll<HTMLElement>('#report td.dx-error')).map((cell) => cell.dataset['path']),
    };
  });
}

/**
 * Drops a file on `target` as a person dragging it from the desktop does: `dragenter`, `dragover` and `drop` events
 * whose `DataTransfer` holds the file.
 */
async function dropFile(page: Page, target: string, file: string, type: string) {
  const dataTransfer = await page.evaluateHandle(
    ({ base64, name, type }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], name, { type }));
      return transfer;
    },
    { base64: readFileSync(file).toString('base64'), name: file.split('/').pop()!, type },
  );
  for (const event of ['dragenter', 'dragover', 'drop']) await page.dispatchEvent(target, event, { dataTransfer });
}

/** Replaces a cell's text by typing, as a person would. */
async function typeInto(page: Page, path: string, text: string) {
  const cell = page.locator(`#report td[data-path="${path}"]`);
  await cell.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

describe.skipIf(!hasChromium)('the built web checker in Chromium', () => {
  let context: BrowserContext;
  let profile: string;
  let server: { url: string; close: () => Promise<void> };
  const requests: string[] = [];
  let work: string;

  beforeAll(async () => {
    if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run `build` first (turbo does it before `test`)');
    mkdirSync(artifacts, { recursive: true });
    work = mkdtempSync(join(tmpdir(), 'web-checker-'));
    server = await serveDist(dist);
    profile = mkdtempSync(join(tmpdir(), 'web-checker-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1440, height: 1000 },
      acceptDownloads: true,
    });
    // Every request of every page and worker is recorded; anything not for our server is refused, never sent.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      requests.push(url);
      return url.startsWith(server.url) ? route.continue() : route.abort('blockedbyclient');
    });
    context.on('request', (request) => requests.push(request.url()));
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('reads a corpus PDF, marks its errors, fixes one by typing and downloads a DOCX that reads back edited', async () => {
    const file = corpus('2023-huaian-hongze-district.pdf');
    const expected = await expectedFindings(file);
    expect(count(expected.diagnostics, 'error')).toBe(2);

    const page = await context.newPage();
    await page.goto(server.url);
    const started = Date.now();
    await page.setInputFiles('#file-current', file);
    const shown = await waitForResult(page);
    console.log(`time to first result, 2023-huaian-hongze-district.pdf: ${Date.now() - started} ms (page's own count ${shown.ms} ms)`);
    expect(shown.state).toBe('ready');
    expect(shown.status).toContain('2021 年版');
    expect(shown.total).toBe(expected.diagnostics.length);
    expect(shown.items).toBe(expected.diagnostics.length);
    expect(shown.errors).toBe(2);
    const t4 = expected.diagnostics.filter((d) => d.rule === 'T4.R1' && d.severity === 'error');
    expect(t4).toHaveLength(2);
    for (const diagnostic of t4) expect(shown.errorCells).toContain(diagnostic.paths[0]);
    await page.screenshot({ path: join(artifacts, 'web-checker-pdf-2023.png'), fullPage: false });

    // Clicking a finding brings its total cell into view and highlights it.
    const [first, second] = t4 as [Diagnostic, Diagnostic];
    await page.locator(`#findings .dx-finding[data-rule="T4.R1"]`).nth(1).click();
    const focused = page.locator(`#report td[data-path="${second.paths[0]}"]`);
    await expect.poll(() => focused.evaluate((cell) => cell.classList.contains('dx-focus'))).toBe(true);
    await expect.poll(() => focused.evaluate((cell) => {
      const box = cell.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    })).toBe(true);
    await page.screenshot({ path: join(artifacts, 'web-checker-pdf-2023-selected.png') });

    // Typing the value the other cells give fixes the first T4.R1 error: it disappears, the cell is unmarked.
    await typeInto(page, first.paths[0]!, String(first.expected));
    await expect.poll(() => page.locator('#summary').getAttribute('data-errors')).toBe('1');
    expect(await page.locator(`#report td[data-path="${first.paths[0]}"]`).evaluate((cell) => cell.className)).not.toContain('dx-error');
    expect(await page.locator('#findings .dx-finding[data-rule="T4.R1"]').count()).toBe(1);
    await page.screenshot({ path: join(artifacts, 'web-checker-pdf-2023-fixed.png') });

    // The corrected report downloads as Word and reads back with the edited value.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-docx')]);
    expect(download.suggestedFilename()).toBe('2023-huaian-hongze-district.docx');
    const docx = readFileSync((await download.path())!);
    const back = await parse(new Uint8Array(docx), { kind: 'docx' });
    expect(getCell(back.report, first.paths[0]!)).toBe(first.expected);
    expect(getCell(back.report, second.paths[0]!)).toBe(getCell(expected.report, second.paths[0]!));
    expect(count(validate(back.report), 'error')).toBe(1);

    // English on request: the interface and the messages switch, the marks stay.
    await page.click('#language');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    const messages = await page.locator('#findings .dx-message').allTextContents();
    const remaining = validate(back.report).find((d) => d.rule === 'T4.R1')!;
    expect(messages).toContain(remaining.messageEn);
    await page.screenshot({ path: join(artifacts, 'web-checker-pdf-2023-en.png') });
    await page.click('#language');
    await page.close();
  });

  it('reads a corpus PDF on a fresh page, then again with the engine warm (2024 淮安市)', async () => {
    const file = corpus('2024-huaian-city.pdf');
    const expected = await expectedFindings(file);
    const page = await context.newPage();
    await page.goto(server.url);
    for (const run of ['cold', 'warm']) {
      await page.evaluate(() => document.getElementById('status')!.setAttribute('data-state', 'idle'));
      const started = Date.now();
      await page.setInputFiles('#file-current', file);
      const shown = await waitForResult(page);
      // `ms` is the page's own count, from the file input's change event to the findings listed.
      console.log(`time to first result, 2024-huaian-city.pdf (${run}): ${shown.ms} ms in the page, ${Date.now() - started} ms seen by the test`);
      expect(shown.total).toBe(expected.diagnostics.length);
      expect(shown.errors).toBe(count(expected.diagnostics, 'error'));
    }
    await page.screenshot({ path: join(artifacts, 'web-checker-pdf-2024-city.png'), fullPage: true });
    await page.close();
  });

  it('reads a DOCX, checks it against last year, and applies a suggested value', async () => {
    const report = ReportSchema.parse(
      JSON.parse(readFileSync(corpus('expected/2024-huaian-hongze-district.json'), 'utf8')),
    ) as Report;
    const docxFile = join(work, '2024-huaian-hongze-district.docx');
    writeFileSync(docxFile, await toDocx(report));
    const expected = await expectedFindings(docxFile);

    const page = await context.newPage();
    await page.goto(server.url);
    await page.setInputFiles('#file-current', docxFile);
    const shown = await waitForResult(page);
    expect(shown.state).toBe('ready');
    expect(shown.status).toContain('DOCX');
    expect(shown.total).toBe(expected.diagnostics.length);
    expect(shown.errors).toBe(count(expected.diagnostics, 'error'));

    // Last year's report beside it: the cross-year rules run on the pair.
    const previousFile = corpus('2023-huaian-hongze-district.pdf');
    const previous = await expectedFindings(previousFile);
    const continuity = checkContinuity(previous.report, expected.report);
    await page.setInputFiles('#file-previous', previousFile);
    // last year's PDF is read in the worker first: on a busy machine that takes seconds
    await expect.poll(() => page.locator('#previous-info').isVisible(), { timeout: 60_000 }).toBe(true);
    await expect.poll(() => page.locator('#summary').getAttribute('data-total')).toBe(String(expected.diagnostics.length + continuity.length));
    expect(await page.locator('#findings .dx-finding[data-rule^="XY."]').count()).toBe(continuity.length);
    expect(continuity).toEqual([]); // the two years agree, and the page says so
    await expect.poll(() => page.locator('#findings').textContent()).toContain('与上年度报告衔接一致');

    // 现行有效件数 that does not follow from last year's breaks XY.R2, on this year's cell.
    const valid = 'activeDisclosure.art20Item1.normativeDocuments.currentlyValid';
    const validNow = getCell(expected.report, valid) as number;
    await typeInto(page, valid, String(validNow + 1));
    await expect.poll(() => page.locator('#findings .dx-finding[data-rule="XY.R2"]').count()).toBe(1);
    expect(await page.locator(`#report td[data-path="${valid}"]`).getAttribute('class')).toContain('dx-warning');
    await page.locator('#findings .dx-finding[data-rule="XY.R2"]').click();
    await page.screenshot({ path: join(artifacts, 'web-checker-docx-2024-continuity.png') });
    await typeInto(page, valid, String(validNow));
    await expect.poll(() => page.locator('#findings .dx-finding[data-rule="XY.R2"]').count()).toBe(0);

    // A slip in table 3 is localised to its cell; the suggested value puts it right.
    const path = 'applications.granted.naturalPerson';
    const right = getCell(expected.report, path) as number;
    await typeInto(page, path, String(right + 5));
    await expect.poll(() => page.locator('#findings .dx-suggestion').count()).toBeGreaterThan(0);
    expect(await page.locator(`#report td[data-path="${path}"]`).getAttribute('class')).toContain('dx-error');
    await page.screenshot({ path: join(artifacts, 'web-checker-docx-2024-suggestion.png') });
    await page.locator('#findings .dx-apply').first().click();
    await expect.poll(() => page.locator('#summary').getAttribute('data-errors')).toBe(String(count(expected.diagnostics, 'error')));
    expect(await page.locator(`#report td[data-path="${path}"]`).textContent()).toBe(String(right));
    await page.close();
  });

  it('checks pasted text and says why an unreadable file cannot be read', async () => {
    const text = readFileSync(corpus('2020-yueqing-xianxi-town.txt'), 'utf8');
    const expected = await parse(text);
    const page = await context.newPage();
    await page.goto(server.url);
    await page.click('.paste summary');
    await page.fill('#paste-text', text);
    await page.click('#paste-check');
    const shown = await waitForResult(page);
    expect(shown.status).toContain('2019 年版');
    expect(shown.total).toBe(expected.diagnostics.length);

    const junk = join(work, 'broken.pdf');
    writeFileSync(junk, '%PDF-1.7\nnot really a pdf\n');
    await page.setInputFiles('#file-current', junk);
    await page.waitForSelector('#status[data-state="error"]');
    expect(await page.locator('#status').textContent()).toContain('broken.pdf');
    await page.close();
  });

  it('says how much of a document it read, and marks the cells the arithmetic decided or left unread', async () => {
    const file = corpus('2025-pingtan-zone.txt');
    const expected = await expectedFindings(file);
    const page = await context.newPage();
    await page.goto(server.url);
    await page.setInputFiles('#file-current', file);
    await waitForResult(page);
    const shown = await page.evaluate(() => ({
      complete: document.getElementById('coverage')!.dataset['complete'],
      unread: Number(document.getElementById('coverage')!.dataset['unread']),
      text: document.getElementById('coverage')!.textContent,
      resolved: Array.from(document.querySelectorAll<HTMLElement>('#report td.dx-resolved')).map((cell) => cell.dataset['path']),
      unreadCells: Array.from(document.querySelectorAll<HTMLElement>('#report td.dx-unread')).map((cell) => cell.dataset['path']),
    }));
    expect(shown.complete).toBe('false');
    expect(shown.unread).toBe(expected.coverage.unread);
    expect(shown.text).toContain('未能完整读取');
    const resolved = Object.entries(expected.readings).filter(([, reading]) => reading.how === 'resolved').map(([path]) => path);
    expect(shown.resolved.sort()).toEqual(resolved.sort());
    expect(shown.unreadCells.sort()).toEqual([...expected.coverage.unreadPaths].sort());
    await page.close();
  });

  it('takes a PDF dropped on the page, shows where each finding was read and the page with the cell outlined', async () => {
    const file = corpus('2023-huaian-hongze-district.pdf');
    const expected = await expectedFindings(file);
    const page = await context.newPage();
    await page.goto(server.url);
    await dropFile(page, '#drop-current', file, 'application/pdf');
    const shown = await waitForResult(page);
    expect(shown.state).toBe('ready');
    expect(shown.total).toBe(expected.diagnostics.length);

    // Every finding the parser placed shows its place, in words, in the list.
    const t4 = expected.diagnostics.find((d) => d.rule === 'T4.R1' && d.severity === 'error')!;
    const place = t4.place;
    if (place?.kind !== 'pdf') throw new Error('the T4.R1 error of 洪泽 2023 should carry a PDF place');
    const item = page.locator(`#findings .dx-finding[data-rule="T4.R1"]`).first();
    expect(await item.locator('.dx-place').textContent()).toContain(`原文位置：第 ${place.page} 页`);
    expect(await item.locator('.dx-cell').textContent()).toBe(describeCell(t4.paths[0]!, 'zh'));
    const places = await page.locator('#findings .dx-place').count();
    expect(places).toBe(expected.diagnostics.filter((d) => d.place).length);

    // "查看原文": PDFium draws the page; the cell's box is outlined where the parser read it.
    await item.locator('.dx-show').click();
    await page.waitForSelector('#source[data-state="shown"]');
    const view = await page.evaluate(() => {
      const frame = document.querySelector<HTMLElement>('#source .source-page')!;
      const canvas = frame.querySelector('canvas')!;
      const box = frame.querySelector<HTMLElement>('.source-box')!;
      const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let ink = 0;
      for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 128) ink++;
      return {
        page: Number(frame.dataset['page']),
        width: canvas.width,
        height: canvas.height,
        ink,
        box: [box.offsetLeft, box.offsetTop, box.offsetWidth, box.offsetHeight] as const,
      };
    });
    expect(view.page).toBe(place.page);
    // an A4 page at 1.5 pixels per point, with text on it
    expect(view.width).toBe(Math.round(595.3 * 1.5));
    expect(view.ink).toBeGreaterThan(1000);
    const [left, top, right, bottom] = place.bbox;
    expect(view.box[0]).toBeCloseTo(left * 1.5 - 3, -1);
    expect(view.box[1]).toBeCloseTo(top * 1.5 - 3, -1);
    expect(view.box[0] + view.box[2]).toBeLessThanOrEqual(view.width + 6);
    expect(view.box[1] + view.box[3]).toBeLessThanOrEqual(view.height + 6);
    expect(view.box[2]).toBeGreaterThanOrEqual((right - left) * 1.5);
    expect(view.box[3]).toBeGreaterThanOrEqual((bottom - top) * 1.5);
    await page.screenshot({ path: join(artifacts, 'web-checker-pdf-2023-source.png') });
    await page.click('#source-close');
    await page.close();
  });

  it('shows the line of a text document and the row of a web page (dropped) where a finding was read', async () => {
    const page = await context.newPage();
    await page.goto(server.url);
    const text = readFileSync(corpus('2020-yueqing-xianxi-town.txt'), 'utf8');
    await page.click('.paste summary');
    await page.fill('#paste-text', text);
    await page.click('#paste-check');
    await waitForResult(page);
    const t26 = page.locator('#findings .dx-finding[data-rule="T2.R6"]');
    expect(await t26.locator('.dx-values').textContent()).toBe('应为 元或万元 · 实为 未注明');
    expect(await t26.locator('.dx-place').textContent()).toContain('原文位置：第 43 行第 11 列');
    await t26.locator('.dx-show').click();
    await page.waitForSelector('#source[data-state="shown"]');
    expect(await page.locator('#source .source-here').getAttribute('data-line')).toBe('43');
    expect(await page.locator('#source .source-here').textContent()).toBe(`43${text.split('\n')[42]}`);
    await page.click('#source-close');

    // A web page dropped on the page; a total made wrong by typing is placed in the page's own table.
    const html = corpus('2025-pingtan-zone.html');
    const expected = await expectedFindings(html);
    await page.evaluate(() => document.getElementById('status')!.setAttribute('data-state', 'idle'));
    await dropFile(page, '#drop-current', html, 'text/html');
    const shown = await waitForResult(page);
    expect(shown.total).toBe(expected.diagnostics.length);
    const total = 'reviewAndLitigation.administrativeReview.total';
    const printed = getCell(expected.report, total);
    const place = expected.sourceMap[total];
    if (typeof printed !== 'number' || place?.kind !== 'html') throw new Error('the 2025 Pingtan page should print table 4 in a table');
    await typeInto(page, total, String(printed + 1));
    const t41 = page.locator('#findings .dx-finding[data-rule="T4.R1"]');
    await expect.poll(() => t41.count()).toBe(1);
    expect(await t41.locator('.dx-place').textContent()).toContain(`第 ${place.table} 个表格第 ${place.row} 行第 ${place.cell} 格`);
    await t41.locator('.dx-show').click();
    await page.waitForSelector('#source[data-state="shown"]');
    expect(await page.locator('#source .source-row .source-here').textContent()).toBe(String(printed));
    await page.screenshot({ path: join(artifacts, 'web-checker-html-2025-source.png') });
    await page.close();
  });

  it.skipIf(!canMakeScans)('reads a 6-page scan by text recognition in workers, page by page, showing the first findings early, and an image of a page', { timeout: 600_000 }, async () => {
    // 2024 淮安市 printed, scanned at 200 dpi, turned 1.5°, with noise, saved as JPEG q70 (the derived-scan script).
    execFileSync('bash', [makeScans, work, corpus('2024-huaian-city.pdf')], { env: { ...process.env, MAKE_SCANS_VARIANTS: 'r200-tilt' }, stdio: 'ignore' });
    const scan = join(work, '2024-huaian-city.r200-tilt.pdf');
    const expected = ReportSchema.parse(JSON.parse(readFileSync(corpus('expected/2024-huaian-city.json'), 'utf8')));
    const page = await context.newPage();
    await page.goto(server.url);
    const said: string[] = [];
    const pageStarts = new Map<number, number>();
    await page.exposeFunction('heard', (text: string) => {
      said.push(text);
      const at = /正在识别第 (\d)\/6 页/u.exec(text);
      if (at && !pageStarts.has(Number(at[1]))) pageStarts.set(Number(at[1]), Date.now());
    });
    await page.evaluate(() => {
      const status = document.getElementById('status')!;
      new MutationObserver(() => (window as unknown as { heard: (text: string) => void }).heard(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true });
    });
    const started = Date.now();
    await dropFile(page, '#drop-current', scan, 'application/pdf');
    // The first findings: those of the first pages read, listed while the rest is still being recognised.
    await page.waitForSelector('#summary[data-total]', { timeout: 240_000 });
    const first = (Date.now() - started) / 1000;
    const early = await page.evaluate(() => ({
      state: document.getElementById('status')!.dataset['state'],
      pages: Number(document.getElementById('status')!.dataset['partial'] ?? 0),
      coverage: document.getElementById('coverage')!.textContent ?? '',
    }));
    const shown = await waitForResult(page, 240_000);
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `6-page 200 dpi scan of 2024-huaian-city: first findings after ${first.toFixed(1)} s (pages read: ${early.pages || 'all'}), ` +
        `whole report after ${seconds.toFixed(1)} s (page's own count ${shown.ms} ms); pages started at (s): ` +
        [...pageStarts.values()].map((at) => ((at - started) / 1000).toFixed(1)).join(' '),
    );
    if (early.state === 'reading') {
      // Findings shown before the whole scan is read say the report is not complete: never a verdict of no errors.
      expect(early.pages).toBeGreaterThan(0);
      expect(early.coverage).toContain('未能完整读取');
    }
    expect(shown.state).toBe('ready');
    expect(shown.status).toContain('2024-huaian-city.r200-tilt.pdf（PDF）');
    // Progress page by page, in order.
    const pages = said.flatMap((text) => /正在识别第 (\d)\/6 页/u.exec(text)?.[1] ?? []).map(Number);
    expect([...new Set(pages)]).toEqual([1, 2, 3, 4, 5, 6]);
    // The findings are listed: this report's tables add up, so core's rules find on the scan what they find on the
    // hand-checked report (no error), and the coverage line says every cell was read or says which were not.
    expect(shown.errors).toBe(count(validate(expected), 'error'));
    expect(await page.locator('#coverage').textContent()).toContain('读取情况：共 200 个单元格');

    // What the page read, taken from its own JSON download: never a wrong number, a cell unread at worst.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-json')]);
    const report = ReportSchema.parse(JSON.parse(readFileSync((await download.path())!, 'utf8')));
    const paths = listCellPaths(expected);
    const wrong = paths.filter((path) => getCell(report, path) !== null && getCell(report, path) !== getCell(expected, path));
    const exact = paths.filter((path) => getCell(report, path) === getCell(expected, path));
    console.log(`scan read in the browser: ${exact.length} of ${paths.length} cells exact, ${wrong.length} wrong`);
    expect(wrong).toEqual([]);
    expect(exact.length).toBeGreaterThan(paths.length * 0.9);
    // Cells the arithmetic decided or left unread are marked as for any other document.
    const marked = await page.evaluate(() => ({
      unread: Number(document.getElementById('coverage')!.dataset['unread']),
      unreadCells: document.querySelectorAll('#report td.dx-unread').length,
    }));
    expect(marked.unreadCells).toBe(marked.unread);
    await page.screenshot({ path: join(artifacts, 'web-checker-scan-2024.png') });

    // An image of one page (the scan's first page as a JPEG) dropped the same way is read as page 1 of 1.
    said.length = 0;
    await page.evaluate(() => document.getElementById('status')!.setAttribute('data-state', 'idle'));
    await dropFile(page, '#drop-current', join(work, '2024-huaian-city.r200-tilt.p1.jpg'), 'image/jpeg');
    const image = await waitForResult(page, 240_000);
    expect(image.state).toBe('ready');
    expect(image.status).toContain('2024-huaian-city.r200-tilt.p1.jpg（JPEG）');
    expect(said.some((text) => text.includes('正在识别第 1/1 页'))).toBe(true);
    expect(await page.locator('#coverage').textContent()).toContain('未能完整读取');
    await page.close();
  });

  it('sent no request anywhere but its own server', () => {
    const foreign = requests.filter((url) => !url.startsWith(server.url) && !url.startsWith('blob:') && !url.startsWith('data:'));
    expect(foreign).toEqual([]);
    // The worker's own fetch of the engine is among the recorded requests, so workers were watched too.
    expect(requests.some((url) => /\/assets\/pdfium-[\w-]+\.wasm$/u.test(url))).toBe(true);
    // The scan's recognition model and ONNX Runtime's wasm came from the site's own folder too.
    if (canMakeScans) {
      expect(requests.some((url) => /\/assets\/ch_PP-OCRv4_rec_infer-[\w-]+\.onnx$/u.test(url))).toBe(true);
      expect(requests.some((url) => /\/assets\/ort-wasm-simd-threaded-[\w-]+\.wasm$/u.test(url))).toBe(true);
    }
  });
});
