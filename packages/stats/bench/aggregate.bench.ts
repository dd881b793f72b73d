/**
 * Aggregation and indicators over 100,000 generated reports, streamed (target: under one second for both, on
 * one core), with the heap watched while they stream. Generating the reports is timed apart and subtracted.
 * Times are this process's CPU time (user + system), best of `RUNS` (default 3): on a shared machine wall
 * time measures the neighbours too; wall time is shown beside it.
 * To prove memory stays bounded, the same run is repeated in a child Node limited to a 64 MB heap
 * (`--max-old-space-size=64`): 100,000 reports held at once would need well over a gigabyte.
 * Run: `pnpm bench` in packages/stats (or `npx tsx bench/aggregate.bench.ts`; `COUNT=…` to change the size).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Report } from '@disclosure/core';
import { aggregate, streamIndicators } from '../src/index.ts';
import { generateReports, streamReports } from './generate-reports.ts';

const count = Number(process.env['COUNT'] ?? 100_000);
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

let peakHeap = 0;
function* watched(reports: Iterable<Report>): Generator<Report> {
  let i = 0;
  for (const report of reports) {
    if (++i % 1000 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    yield report;
  }
}

const runs = Number(process.env['RUNS'] ?? 3);

/** Best CPU time of `runs` runs, and the wall time of that run, in ms. */
function time(run: () => void): { cpu: number; wall: number } {
  let best = { cpu: Infinity, wall: Infinity };
  for (let r = 0; r < runs; r++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    run();
    const wall = performance.now() - start;
    const used = process.cpuUsage(cpu);
    const ms = (used.user + used.system) / 1000;
    if (ms < best.cpu) best = { cpu: ms, wall };
  }
  return best;
}

const show = (t: { cpu: number; wall: number }) => `${t.cpu.toFixed(0)} ms CPU (${t.wall.toFixed(0)} ms wall)`;

function main(): void {
  // warm up the code paths so the timing is of steady state, not of the JIT
  aggregate(generateReports(2000), { by: 'region' });
  for (const _ of streamIndicators(generateReports(2000)));
  globalThis.gc?.();
  const baseHeap = process.memoryUsage().heapUsed;

  const generation = time(() => {
    for (const _ of watched(generateReports(count)));
  });
  let groups = 0;
  const aggregation = time(() => {
    groups = aggregate(watched(generateReports(count)), { by: 'region' }).length;
  });
  let computed = 0;
  const indicators = time(() => {
    for (const item of streamIndicators(watched(generateReports(count)))) computed += item.indicators.length;
  });
  const aggregateOnly = aggregation.cpu - generation.cpu;
  const indicatorsOnly = indicators.cpu - generation.cpu;
  console.log(`${count.toLocaleString('en')} reports, streamed (${groups} groups by region; ${(computed / runs).toLocaleString('en')} indicator values)`);
  console.log(`  generating the reports alone:        ${show(generation)}`);
  console.log(`  aggregate (incl. generation):        ${show(aggregation)} → aggregate itself ≈ ${aggregateOnly.toFixed(0)} ms`);
  console.log(`  streamIndicators (incl. generation): ${show(indicators)} → indicators themselves ≈ ${indicatorsOnly.toFixed(0)} ms`);
  console.log(`  aggregate + indicators: ≈ ${(aggregateOnly + indicatorsOnly).toFixed(0)} ms CPU (target < 1000 ms)`);
  console.log(`  heap before: ${mb(baseHeap)}; peak heap while streaming: ${mb(peakHeap)}; rss now: ${mb(process.memoryUsage().rss)}`);
}

async function asyncCheck(): Promise<void> {
  const start = performance.now();
  const [group] = await aggregate(streamReports(count));
  console.log(`  async iterable: aggregate of ${group!.reportCount.toLocaleString('en')} reports in ${(performance.now() - start).toFixed(0)} ms (incl. generation)`);
}

if (process.env['BENCH_CHILD']) {
  await asyncCheck();
  main();
  console.log(`  the 64 MB limit held: peak heap ${mb(peakHeap)}`);
} else {
  main();
  await asyncCheck();
  console.log('\nThe same in a Node limited to a 64 MB heap (--max-old-space-size=64):');
  const child = spawnSync(process.execPath, ['--max-old-space-size=64', '--import', 'tsx', fileURLToPath(import.meta.url)], {
    env: { ...process.env, BENCH_CHILD: '1' },
    encoding: 'utf8',
  });
  process.stdout.write(child.stdout);
  process.stderr.write(child.stderr);
  if (child.status !== 0) {
    console.error(`child exited with ${child.status}`);
    process.exitCode = 1;
  }
}
