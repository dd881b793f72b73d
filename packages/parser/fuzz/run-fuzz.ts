/**
 * Coverage-guided fuzzing of `parse` with jazzer.js (libFuzzer), one format after another, each for FUZZ_SECONDS
 * (default 600). Seeds: the real documents and freshly generated hostile ones. Every finding is copied to
 * test/fuzz-regressions/<format>/, where test/fuzz-regressions.test.ts keeps it as a regression test.
 * Run: `pnpm fuzz` (root) or `pnpm --filter @disclosure/parser fuzz`; FUZZ_FORMATS=text,html to choose formats.
 * Not part of CI: it runs for as long as it is told to.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { build } from 'tsup';
import { formats, hostileInputs, seeds, type Format } from '../test/hostile-inputs.ts';
import { prepareAddon } from './compat-addon.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = join(root, '.cache', 'fuzz');
const regressions = join(root, 'test', 'fuzz-regressions');
const seconds = Number(process.env.FUZZ_SECONDS ?? 600);
const chosen = (process.env.FUZZ_FORMATS?.split(',') ?? formats) as Format[];
/** Longest input libFuzzer makes, per format: large enough for a real DOCX, small enough for thousands of runs. */
const maxLength: Record<Format, number> = { text: 16_384, html: 16_384, docx: 65_536, pdf: 65_536, doc: 65_536, any: 65_536 };
/** After a finding the run starts again for the time left, at most this many times per format. */
const maxRestarts = 5;

async function bundleTarget(): Promise<string> {
  // one CommonJS file holding the parser and its format libraries, so jazzer instruments all of them
  await build({
    entry: { target: join(root, 'fuzz', 'target.ts') },
    format: ['cjs'],
    outDir: join(work, 'bundle'),
    platform: 'node',
    target: 'node20',
    // core and zod stay outside (required from node_modules, so not instrumented): the reader is what is fuzzed
    noExternal: [/^(?!@disclosure\/core|zod|@embedpdf\/pdfium)/u],
    external: ['@disclosure/core', 'zod', '@embedpdf/pdfium'],
    shims: true,
    silent: true,
    config: false,
    dts: false,
    clean: true,
  });
  return join(work, 'bundle', 'target.cjs');
}

function writeSeeds(format: Format): string {
  const dir = join(work, 'corpus', format);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'seed-document'), seeds[format]);
  fc.sample(hostileInputs(format), 40).forEach((input, i) => writeFileSync(join(dir, `seed-hostile-${i}`), input));
  return dir;
}

interface RunResult {
  readonly runs: number;
  readonly seconds: number;
  readonly findings: string[];
}

function runJazzer(target: string, format: Format, corpusDir: string, time: number, compat: ReturnType<typeof prepareAddon>): Promise<RunResult> {
  const require = createRequire(import.meta.url);
  const cli = join(dirname(require.resolve('@jazzer.js/core/package.json')), 'dist', 'cli.js');
  const artifacts = join(work, 'artifacts', format);
  rmSync(artifacts, { recursive: true, force: true });
  mkdirSync(artifacts, { recursive: true });
  const args = [...compat.nodeArgs, cli, target, corpusDir, '--timeout', '20000', '--', `-max_total_time=${time}`, `-artifact_prefix=${artifacts}/`, '-rss_limit_mb=4096', `-max_len=${maxLength[format]}`, '-print_final_stats=1'];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, ...compat.env, FUZZ_FORMAT: format }, cwd: root });
    let log = '';
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.on('close', () => {
      writeFileSync(join(work, `${format}.log`), log);
      // the final stats can come interleaved with jazzer's dictionary; libFuzzer's `#N DONE` line says it too
      const runs = Number(/stat::number_of_executed_units:\s*(\d+)/u.exec(log)?.[1] ?? /Done (\d+) runs/u.exec(log)?.[1] ?? /#(\d+)\s+DONE/u.exec(log)?.[1] ?? 0);
      const took = Number(/Done \d+ runs in (\d+) second/u.exec(log)?.[1] ?? time);
      resolve({ runs, seconds: took, findings: readdirSync(artifacts).map((file) => join(artifacts, file)) });
    });
  });
}

const compat = prepareAddon(join(work, 'addon'));
const target = await bundleTarget();
const summary: { format: Format; seconds: number; runs: number; findings: number }[] = [];
for (const format of chosen) {
  const corpusDir = writeSeeds(format);
  let left = seconds;
  let total = { runs: 0, seconds: 0, findings: 0 };
  for (let attempt = 0; attempt <= maxRestarts && left > 0; attempt++) {
    const started = performance.now();
    const result = await runJazzer(target, format, corpusDir, left, compat);
    left -= Math.ceil((performance.now() - started) / 1000);
    total = { runs: total.runs + result.runs, seconds: total.seconds + result.seconds, findings: total.findings + result.findings.length };
    for (const finding of result.findings) {
      mkdirSync(join(regressions, format), { recursive: true });
      const name = finding.split('/').at(-1)!;
      copyFileSync(finding, join(regressions, format, name));
      console.log(`${format}: finding kept as test/fuzz-regressions/${format}/${name} (log: .cache/fuzz/${format}.log)`);
    }
    if (result.findings.length === 0) break;
  }
  summary.push({ format, ...total });
  console.log(`${format}: ${total.runs.toLocaleString('en')} executions in ${total.seconds} s, ${total.findings} findings`);
}
console.log('\n| format | seconds | executions | exec/s | findings |\n|---|---:|---:|---:|---:|');
for (const row of summary) {
  console.log(`| ${row.format} | ${row.seconds} | ${row.runs.toLocaleString('en')} | ${row.seconds ? Math.round(row.runs / row.seconds) : 0} | ${row.findings} |`);
}
process.exitCode = summary.some((row) => row.findings > 0) ? 1 : 0;
