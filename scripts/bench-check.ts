/**
 * `pnpm bench:check`: the performance guard. Each figure is a RATIO measured in this one run — our code against
 * a reference in the same process or on the same files — so a busy or slow machine moves both sides alike.
 * Each is compared with its committed floor (scripts/bench-floors.json) and the check fails when one is more
 * than 20% worse. Builds first. `UPDATE=1` rewrites the floors file with this run's figures (commit it only for
 * a change meant to move them). The committed floors were measured on a 2-core machine shared by eight builds,
 * where two runs differ by up to 30%, and rounded toward the slower run; `similarity scaling` is pinned at 4
 * (linear: 8,000 reports cost four times 2,000; all pairs would cost sixteen).
 *
 *   validate, prose      validate on the corpus reports as they are / with their prose removed (same process):
 *                        0.9 while validate cached each report's prose across calls; 0.24–0.36 since it reads the
 *                        prose once per call (the cache cost every parse more in its collector than reading again)
 *   cold check           `disclosure check <text report>` as a new process / `node -e 0` (medians, interleaved)
 *   batch -j 2 vs -j 1   `check -j 1` wall time / `check -j 2` wall time, on copies of a corpus PDF
 *   batch CPU vs poppler children CPU per PDF of `check -j 2` / of one `pdftotext -layout` process per file
 *   similarity scaling   findSimilarPairs on 8,000 generated reports / on 2,000 (4 = linear, 16 = all pairs)
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const floorsFile = join(root, 'scripts/bench-floors.json');
const cli = join(root, 'packages/cli/dist/cli.js');
const corpus = join(root, 'fixtures/corpus');

type Direction = 'higher' | 'lower';
interface Figure {
  readonly name: string;
  readonly value: number;
  /** Which way is better. */
  readonly better: Direction;
  readonly note: string;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

/** CPU time (ms) of this process's waited-for children, from /proc (Linux); `null` elsewhere. */
function childrenCpu(): number | null {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100; // cutime + cstime, in ticks of 1/100 s
  } catch {
    return null;
  }
}

async function validateRatio(): Promise<Figure> {
  const { validate } = (await import(join(root, 'packages/core/dist/index.js'))) as typeof import('@disclosure/core');
  const dir = join(corpus, 'expected');
  const reports = readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')));
  const bare = reports.map((report) => ({ ...report, preamble: undefined, sections: Object.fromEntries(Object.keys(report.sections).map((key) => [key, null])) }));
  const rate = (pool: unknown[]) => {
    const start = performance.now();
    for (let i = 0; i < 3000; i++) validate(pool[i % pool.length] as never);
    return 3000 / ((performance.now() - start) / 1000);
  };
  for (let i = 0; i < 3; i++) rate(reports), rate(bare);
  const ratios: number[] = [];
  const withProse: number[] = [];
  for (let i = 0; i < 9; i++) {
    const a = rate(reports);
    ratios.push(a / rate(bare));
    withProse.push(a);
  }
  return { name: 'validate, prose', value: median(ratios), better: 'higher', note: `${Math.round(median(withProse)).toLocaleString('en')} reports/s with prose` };
}

/** Cold processes per side: a process start swings with the machine's load, so enough of them for a steady median. */
const coldRuns = 15;

function coldCheckRatio(): Figure {
  const text = join(corpus, '2020-yueqing-xianxi-town.txt');
  const node: number[] = [];
  const check: number[] = [];
  for (let i = 0; i < coldRuns; i++) {
    let start = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    node.push(performance.now() - start);
    start = performance.now();
    const result = spawnSync(process.execPath, [cli, 'check', text, '--quiet']);
    check.push(performance.now() - start);
    if (result.status === 2) throw new Error(`check failed: ${result.stderr}`);
  }
  return { name: 'cold check', value: median(check) / median(node), better: 'lower', note: `${median(check).toFixed(0)} ms against node alone ${median(node).toFixed(0)} ms` };
}

function batchFigures(count: number): Figure[] {
  const dir = mkdtempSync(join(tmpdir(), 'disclosure-bench-check-'));
  try {
    const files = Array.from({ length: count }, (_, i) => join(dir, `report-${String(i).padStart(3, '0')}.pdf`));
    for (const file of files) copyFileSync(join(corpus, '2024-huaian-city.pdf'), file);
    const run = (jobs: number) => {
      const cpu = childrenCpu();
      const start = performance.now();
      const result = spawnSync(process.execPath, [cli, 'check', dir, '--jobs', String(jobs), '--quiet'], { maxBuffer: 2 ** 28 });
      if (result.status === 2) throw new Error(`check failed: ${result.stderr}`);
      return { wall: performance.now() - start, cpu: cpu === null ? null : childrenCpu()! - cpu };
    };
    const one: number[] = [];
    const two: number[] = [];
    const batchCpu: number[] = [];
    const popplerCpu: number[] = [];
    const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0;
    for (let i = 0; i < 3; i++) {
      one.push(run(1).wall);
      const parallel = run(2);
      two.push(parallel.wall);
      if (parallel.cpu !== null) batchCpu.push(parallel.cpu / count);
      if (hasPoppler) {
        const cpu = childrenCpu();
        for (const file of files) spawnSync('pdftotext', ['-layout', file, '-']);
        if (cpu !== null) popplerCpu.push((childrenCpu()! - cpu) / count);
      }
    }
    const figures: Figure[] = [
      { name: 'batch -j 2 vs -j 1', value: median(one) / median(two), better: 'higher', note: `${count} PDFs: ${median(one).toFixed(0)} ms with one job, ${median(two).toFixed(0)} ms with two` },
    ];
    if (batchCpu.length > 0 && popplerCpu.length > 0) {
      figures.push({
        name: 'batch CPU vs poppler',
        value: median(batchCpu) / median(popplerCpu),
        better: 'lower',
        note: `${median(batchCpu).toFixed(1)} ms CPU per PDF against ${median(popplerCpu).toFixed(1)} ms for a pdftotext -layout process`,
      });
    }
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function similarityScaling(): Promise<Figure> {
  const { findSimilarPairs } = (await import(join(root, 'packages/stats/dist/index.js'))) as typeof import('@disclosure/stats');
  const { proseReports } = await import('../packages/stats/test/prose-reports.ts');
  const time = (count: number) => {
    const reports = [...proseReports({ count, seed: 5 })];
    const start = performance.now();
    findSimilarPairs(reports, { limit: Infinity });
    return performance.now() - start;
  };
  time(500);
  // The best of three runs at each size: a garbage collection or a busy neighbour only ever adds time.
  const best = (count: number) => Math.min(time(count), time(count), time(count));
  const small = best(2000);
  const large = best(8000);
  return { name: 'similarity scaling', value: large / small, better: 'lower', note: `2,000 reports ${small.toFixed(0)} ms, 8,000 reports ${large.toFixed(0)} ms` };
}

const figures: Figure[] = [await validateRatio(), coldCheckRatio(), ...batchFigures(Number(process.env['BENCH_PDFS'] ?? 16)), await similarityScaling()];

const floors: Record<string, { value: number; better: Direction }> = JSON.parse(readFileSync(floorsFile, 'utf8'));
let failed = false;
for (const figure of figures) {
  const floor = floors[figure.name];
  // more than 20% worse than the committed figure fails
  const worse = floor === undefined ? false : figure.better === 'higher' ? figure.value < floor.value * 0.8 : figure.value > floor.value * 1.2;
  if (worse) failed = true;
  const against = floor === undefined ? 'no floor' : `committed ${floor.value.toFixed(2)}`;
  console.log(`${worse ? 'FAIL' : 'ok  '}  ${figure.name.padEnd(22)} ${figure.value.toFixed(2).padStart(6)} (${figure.better} is better; ${against})  ${figure.note}`);
}
if (process.env['UPDATE'] === '1') {
  writeFileSync(floorsFile, `${JSON.stringify(Object.fromEntries(figures.map((f) => [f.name, { value: Number(f.value.toFixed(3)), better: f.better }])), null, 2)}\n`);
  console.log(`wrote ${floorsFile}`);
}
process.exitCode = failed ? 1 : 0;
