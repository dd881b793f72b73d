import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toHtml } from '../src/index.ts';
import { artifactsDir, brokenReport, corpusReport } from './artifacts.ts';

const executablePath = '/usr/bin/chromium';
const hasChromium = existsSync(executablePath);
if (!hasChromium) console.warn(`browser test skipped: ${executablePath} is missing (apt-get install -y chromium fonts-noto-cjk)`);

/** What a reader sees of one table: rows, grid columns, and where a labelled cell's box starts and ends. */
async function tableShape(page: Page, key: string) {
  return page.evaluate((key) => {
    const table = document.querySelector<HTMLTableElement>(`table[data-table="${key}"]`)!;
    const lefts = new Set<number>();
    for (const cell of Array.from(table.querySelectorAll('td'))) lefts.add(Math.round(cell.getBoundingClientRect().left));
    const box = (text: string) => {
      const cell = Array.from(table.querySelectorAll('th')).find((th) => th.textContent === text);
      if (!cell) return null;
      const r = cell.getBoundingClientRect();
      return { top: Math.round(r.top), bottom: Math.round(r.bottom), left: Math.round(r.left), right: Math.round(r.right) };
    };
    const rowBox = (text: string) => {
      const cell = Array.from(table.querySelectorAll('th')).find((th) => th.textContent === text);
      const r = cell!.closest('tr')!.getBoundingClientRect();
      return { top: Math.round(r.top), bottom: Math.round(r.bottom) };
    };
    return {
      rows: table.rows.length,
      valueColumns: lefts.size,
      results: box('三、本年度办理结果'),
      firstResult: key === 'applications' ? rowBox('（一）予以公开') : null,
      lastResult: key === 'applications' ? rowBox('（七）总计') : null,
      review: box('行政复议'),
      litigation: box('行政诉讼'),
    };
  }, key);
}

describe.skipIf(!hasChromium)('the standalone page in Chromium', () => {
  let context: BrowserContext;
  let profile: string;

  beforeAll(async () => {
    profile = mkdtempSync(join(tmpdir(), 'disclosure-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 900, height: 1200 },
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('shows the three tables with their merged cells and the diagnostics in place (2021)', async () => {
    const { report, diagnostics } = brokenReport();
    const page = await context.newPage();
    await page.setContent(toHtml(report, { diagnostics }), { waitUntil: 'load' });

    const applications = await tableShape(page, 'applications');
    expect(applications.rows).toBe(3 + 25);
    expect(applications.valueColumns).toBe(7);
    expect(applications.results!.top).toBe(applications.firstResult!.top);
    expect(applications.results!.bottom).toBe(applications.lastResult!.bottom);

    const review = await tableShape(page, 'reviewAndLitigation');
    expect(review.rows).toBe(4);
    expect(review.valueColumns).toBe(15);
    expect(review.litigation!.right - review.litigation!.left).toBeGreaterThan(1.8 * (review.review!.right - review.review!.left));

    const active = await tableShape(page, 'activeDisclosure');
    expect(active.rows).toBe(4 * 2 + 6);

    const marked = await page.evaluate(() => {
      const cell = document.querySelector<HTMLElement>('td[data-path="applications.granted.naturalPerson"]')!;
      return { text: cell.textContent, classes: cell.className, title: cell.title, background: getComputedStyle(cell).backgroundColor };
    });
    expect(marked.text).toBe('9');
    expect(marked.classes).toContain('dx-error');
    expect(marked.title).toMatch(/T3\.R/u);
    expect(marked.background).not.toBe('rgba(0, 0, 0, 0)');
    const errorCells = await page.locator('td.dx-error').count();
    expect(errorCells).toBeGreaterThan(1);

    await page.screenshot({ path: join(artifactsDir(), 'renderer-html-2021.png'), fullPage: true });
    for (const key of ['activeDisclosure', 'applications', 'reviewAndLitigation']) {
      await page.locator(`table[data-table="${key}"]`).screenshot({ path: join(artifactsDir(), `renderer-html-2021-${key}.png`) });
    }
    await page.close();
  });

  it.each([
    ['2019', '2020-yueqing-xianxi-town', 5 * 2 + 8],
    ['2021-one-row', '2023-huaian-hongze-district', 4 * 2 + 6],
  ])('shows the %s layout', async (name, corpusName, activeRows) => {
    const page = await context.newPage();
    await page.setContent(toHtml(corpusReport(corpusName)), { waitUntil: 'load' });
    const applications = await tableShape(page, 'applications');
    expect(applications.rows).toBe(3 + 23);
    expect(applications.valueColumns).toBe(7);
    expect(applications.results!.top).toBe(applications.firstResult!.top);
    expect(applications.results!.bottom).toBe(applications.lastResult!.bottom);
    expect((await tableShape(page, 'activeDisclosure')).rows).toBe(activeRows);
    await page.screenshot({ path: join(artifactsDir(), `renderer-html-${name}.png`), fullPage: true });
    await page.locator('table[data-table="applications"]').screenshot({ path: join(artifactsDir(), `renderer-html-${name}-applications.png`) });
    await page.close();
  });
});
