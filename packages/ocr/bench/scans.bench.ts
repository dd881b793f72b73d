// Reads derived scans (made by scripts/make-scans.sh) with @disclosure/ocr through the parser and compares every
// cell with the expected report: exact, wrong (a number that is not the printed one), read as printed blank (a
// figure of the expected report that a derived variant prints blank, read as blank) or unread (null).
// CPU seconds per page include rendering with PDFium; the engine runs ONNX on one thread. Run it under `nice` on a
// shared machine. Usage: npx tsx bench/scans.bench.ts SCAN.pdf…   (the expected report is found by the name before
// the first dot)
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { listCellPaths, getCell, type Report } from '@disclosure/core';
import { parse } from '@disclosure/parser';
import { createOcr } from '../src/index.ts';

const cpuSeconds = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
};
const started = cpuSeconds();
const ocr = await createOcr();
console.log(`engine start: ${(cpuSeconds() - started).toFixed(1)} s CPU`);
const totals = { exact: 0, wrong: 0, blank: 0, unread: 0 };
const perPage: number[] = [];
for (const file of process.argv.slice(2)) {
  const name = basename(file).split('.')[0]!;
  const expected = JSON.parse(readFileSync(new URL(`../../../fixtures/corpus/expected/${name}.json`, import.meta.url), 'utf8')) as Report;
  const bytes = new Uint8Array(readFileSync(file));
  const cpu = cpuSeconds();
  const wall = performance.now();
  const { report, readings } = await parse(bytes, { ocr, validate: false, timeoutMs: 600_000 });
  const seconds = cpuSeconds() - cpu;
  const wallSeconds = (performance.now() - wall) / 1000;
  const count = { exact: 0, wrong: 0, blank: 0, unread: 0 };
  const wrong: string[] = [];
  for (const path of listCellPaths(expected)) {
    const want = getCell(expected, path);
    const got = getCell(report, path);
    if (got === want) count.exact++;
    // A figure of the expected report that the scan prints blank (a variant that blanks cells) and that is read so.
    else if (got === null && readings[path]?.how === 'blank') count.blank++;
    else if (got === null) count.unread++;
    else {
      count.wrong++;
      wrong.push(`${path}: ${got} (printed ${want})`);
    }
  }
  for (const key of ['exact', 'wrong', 'blank', 'unread'] as const) totals[key] += count[key];
  const pages = (new TextDecoder('latin1').decode(bytes).match(/\/Type\s*\/Page\b/gu) ?? []).length || 1;
  perPage.push(seconds / pages);
  console.log(`${basename(file)}: ${count.exact} exact, ${count.wrong} wrong, ${count.blank} read as printed blank, ${count.unread} unread; ${(seconds / pages).toFixed(2)} s CPU/page (${(wallSeconds / pages).toFixed(2)} s wall), ${pages} pages`);
  for (const line of wrong) console.log(`  wrong ${line}`);
}
const sorted = perPage.sort((a, b) => a - b);
const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
console.log(`total: ${totals.exact} exact, ${totals.wrong} wrong, ${totals.blank} read as printed blank, ${totals.unread} unread; median ${median.toFixed(2)} s CPU/page over ${sorted.length} scans`);
