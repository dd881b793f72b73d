/**
 * `disclosure check` over a generated folder of 1,000 documents (text, HTML and DOCX rendered from the reviewed
 * corpus, some changed, 60 broken on purpose; see test/generate-batch.ts), with one worker thread and with one
 * per core. Runs the built binary as a user does (`pnpm bench` builds first). Wall time, best of `RUNS`
 * (default 3), process start included. Run: `pnpm bench` in packages/cli (`COUNT=…` to change the size).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateBatch } from '../test/generate-batch.ts';

const count = Number(process.env['COUNT'] ?? 1000);
const runs = Number(process.env['RUNS'] ?? 3);
const bin = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'disclosure-bench-'));

const batch = await generateBatch(join(dir, 'batch'), count);
console.log(`${count} documents (${batch.broken.size} broken, ${batch.changed.size} changed) on ${availableParallelism()} cores (${cpus()[0]?.model ?? '?'}), Node ${process.version}`);

function best(jobs: number): number {
  let fastest = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, [bin, 'check', batch.dir, '--jobs', String(jobs), '--quiet'], { encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });
    const time = performance.now() - start;
    if (result.status !== 2 || !result.stdout.includes(`共 ${count} 个文件`)) throw new Error(`unexpected run: exit ${result.status}\n${result.stderr}`);
    fastest = Math.min(fastest, time);
  }
  return fastest;
}

const one = best(1);
const all = best(availableParallelism());
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
console.log(`--jobs 1: ${s(one)} (${Math.round((count / one) * 1000)} files/s)`);
console.log(`--jobs ${availableParallelism()}: ${s(all)} (${Math.round((count / all) * 1000)} files/s)`);
console.log(`speed-up: ${(one / all).toFixed(2)}×`);
rmSync(dir, { recursive: true, force: true });
