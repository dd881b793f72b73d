/**
 * `findSimilarPairs` over 100,000 generated reports with prose and planted copies (target: under 60 s on one
 * core). CPU time of this process; generating the reports (read twice: once for the signatures, once for the
 * candidates) is timed apart and subtracted. Run: `npx tsx bench/similarity.bench.ts` (`COUNT=…` to change the size).
 */
import { findSimilarPairs } from '../src/index.ts';
import { proseReports } from '../test/prose-reports.ts';

const count = Number(process.env['COUNT'] ?? 100_000);
const reports = proseReports({ count, seed: 11 });
const cpu = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

let start = cpu();
for (const _ of reports) void _;
const generate = cpu() - start;
start = cpu();
const pairs = findSimilarPairs(reports, { limit: Infinity });
const total = cpu() - start;
const own = total - 2 * generate;
console.log(`findSimilarPairs, ${count.toLocaleString('en')} reports: ${(own / 1000).toFixed(1)} s CPU (${(total / 1000).toFixed(1)} s with generating them twice); ${pairs.length} pairs at 0.8 or more`);
