/**
 * Renderer speed: whole reports rendered per second on one core, per format, on the corpus expected reports.
 * Run: `pnpm bench` in packages/renderer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validate, type Report } from '@disclosure/core';
import { toDocx, toHtml, toMarkdown, toText } from '../src/index.ts';

const expected = fileURLToPath(new URL('../../../fixtures/corpus/expected/', import.meta.url));
const reports = readdirSync(expected)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => JSON.parse(readFileSync(`${expected}${file}`, 'utf8')) as Report);

async function perSecond(label: string, run: (report: Report) => unknown, seconds = 2): Promise<void> {
  for (let i = 0; i < 100; i++) await run(reports[i % reports.length]!);
  let count = 0;
  const start = performance.now();
  while (performance.now() - start < seconds * 1000) {
    await run(reports[count % reports.length]!);
    count++;
  }
  const elapsed = (performance.now() - start) / 1000;
  console.log(`  ${label}: ${Math.round(count / elapsed).toLocaleString('en')} reports/s (${((elapsed / count) * 1000).toFixed(3)} ms each)`);
}

console.log(`Rendering the ${reports.length} corpus reports in turn, one core:`);
await perSecond('toHtml', (report) => toHtml(report));
const checked = new Map(reports.map((report) => [report, validate(report)]));
await perSecond('toHtml with its validate diagnostics', (report) => toHtml(report, { diagnostics: checked.get(report)! }));
await perSecond('toDocx', (report) => toDocx(report));
await perSecond('toMarkdown', (report) => toMarkdown(report));
await perSecond('toText', (report) => toText(report));
