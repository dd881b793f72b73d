/**
 * Hostile-input benchmark (issue 12). Every row of the issue's table, then 1,000 freshly generated hostile documents
 * per format, must end as a report or a typed error within 1 s per MiB of input (at least 1 s) and with peak memory
 * under 20 × the input + 150 MB. Time is judged as the process's CPU time (all its threads, garbage collection
 * included), so that a busy machine does not fail a row; wall-clock time is printed beside it. The generated inputs
 * are parsed with `timeoutMs` at their allowance, as a service would set it: what needs longer ends as `TIMEOUT`. Each row, and each format's batch, runs in a child process of its own so that its
 * peak memory (getrusage's maxrss, less the child's resident size before the work) is its own; a child that
 * overruns ten times its allowance is killed and the row reported as a hang.
 *
 * Run: `pnpm bench:hostile` (builds first). HOSTILE_COUNT (default 1000) and HOSTILE_SEED (default: the time) change
 * the generated batch; the seed is printed so that a failing batch can be run again. HOSTILE_ROWS_ONLY=1 skips it,
 * HOSTILE_BATCH_ONLY=1 skips the rows, HOSTILE_FORMATS=text,html chooses the formats.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { formats, hostileInputs, issueRows, kindOf, minimalPdf, type Format } from '../packages/parser/test/hostile-inputs.ts';

const MiB = 1024 * 1024;
const here = fileURLToPath(import.meta.url);

/** What one child reports back. */
interface Outcome {
  readonly name: string;
  readonly bytes: number;
  /** `report`, `ParseError CODE`, `NotAReportError`, … or `other: <message>` for what must not happen. */
  readonly ended: string;
  readonly ms: number;
  /** CPU time (user + system, all threads); for a batch, the worst share of the allowance, × 1000. */
  readonly cpuMs: number;
  readonly peakBytes: number;
  readonly count?: number;
  /** For a batch: the slowest input's time; `ms` is then the worst share of the allowance, × 1000. */
  readonly maxMs?: number;
  readonly failures?: readonly string[];
  readonly endings?: Readonly<Record<string, number>>;
  /**
   * For a batch: each input's peak resident memory (above the warm process's) over its limit, the worst; the
   * peak includes what earlier inputs left for the garbage collector, so it overstates. `heaviest` are the inputs
   * (by index) whose memory grew most against their limit, and the largest input, to be measured again each
   * alone in a fresh process: those figures decide.
   */
  readonly memoryShare?: number;
  readonly heaviest?: readonly number[];
}

/** An input's size in bytes: a string's as UTF-8, as it would come in a file. */
const byteLength = (input: string | Uint8Array) => (typeof input === 'string' ? Buffer.byteLength(input) : input.length);
const allowanceMs = (bytes: number) => Math.max(1, bytes / MiB) * 1000;
const memoryLimit = (bytes: number) => 20 * bytes + 150 * 1e6;

async function loadParser() {
  return (await import('../packages/parser/dist/index.js')) as typeof import('../packages/parser/src/index.ts');
}

/**
 * How a parse ended, in words; `other: …` for an error that is not a ParseError, or an INTERNAL one. `timeoutMs`
 * as a service would set it (default: the parser's, 30 s).
 */
async function endOf(input: string | Uint8Array, kind?: Exclude<Format, 'any'>, timeoutMs?: number): Promise<string> {
  const { parse, ParseError } = await loadParser();
  try {
    await parse(input, { ...(kind ? { kind } : {}), ...(timeoutMs ? { timeoutMs } : {}) });
    return 'report';
  } catch (error) {
    if (error instanceof ParseError && error.code !== ('INTERNAL' as string)) return `ParseError ${error.code}`;
    const cause = error instanceof ParseError ? (error.cause as Error) : (error as Error);
    return `other: ${error instanceof ParseError ? 'INTERNAL ' : ''}${cause?.name}: ${String(cause?.message).slice(0, 80)}`;
  }
}

/** A function giving the CPU time (user + system, in ms) the process has used since it was made. */
function cpuProbe(): () => number {
  const before = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1000;
  };
}

/**
 * Starts a new peak of resident memory (Linux: `clear_refs` 5 resets VmHWM) and gives a function reading it, in
 * bytes; elsewhere the process's peak so far (getrusage's maxrss), which never falls.
 */
function residentPeak(): () => number {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return () => Number(/VmHWM:\s*(\d+)/u.exec(readFileSync('/proc/self/status', 'utf8'))![1]) * 1024;
  } catch {
    return () => process.resourceUsage().maxRSS * 1024;
  }
}

/** The resident size now, and a function giving the peak since, both in bytes. */
function memoryProbe(): () => number {
  const before = process.memoryUsage().rss;
  return () => Math.max(0, process.resourceUsage().maxRSS * 1024 - before);
}

type Row = { readonly name: string; readonly format: string; readonly run: () => Promise<{ ended: string; bytes: number }> };

const prose = '本机关坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实政府信息公开条例。';
/** `unit` repeated to `mib` MiB (as UTF-8), with `before` and `after` around it. */
const repeatTo = (mib: number, unit: string, before = '', after = '') => `${before}${unit.repeat(Math.ceil((mib * MiB) / Buffer.byteLength(unit)))}${after}`;

/** Big documents of one shape each, to show time and memory grow linearly with size. */
function scalingRows(): { readonly name: string; readonly format: string; readonly input: string }[] {
  return [
    { name: '7 MiB of prose on one line', format: 'text', input: repeatTo(7, prose) },
    { name: '7 MiB of prose in one <p>', format: 'html', input: repeatTo(7, prose, '<html><body><p>', '</p></body></html>') },
    { name: '7 MiB of prose in <p>s', format: 'html', input: repeatTo(7, `<p>${prose}</p>\n`, '<html><body>', '</body></html>') },
    { name: '1 MiB of prose lines with figures', format: 'text', input: repeatTo(1, '本年度共收到申请12件，办理完毕11件，行政复议3件。\n') },
    { name: '1 MiB of tab-separated table rows', format: 'text', input: repeatTo(1, '（一）予以公开\t1\t2\t3\t4\t5\t6\t7\n') },
    { name: '1 MiB of Markdown table rows', format: 'text', input: repeatTo(1, '| 项目 | 1 | 2 |\n') },
  ];
}

/** The issue's rows: the parser's, then big documents of one shape, then the other packages'. */
function rows(): Row[] {
  const parserRows: Row[] = [...issueRows(), ...scalingRows()].map((row) => ({
    name: row.name,
    format: row.format,
    run: async () => ({ ended: await endOf(row.input), bytes: byteLength(row.input) }),
  }));
  return [
    ...parserRows,
    {
      name: 'agency =HYPERLINK(…) through toCsv',
      format: 'stats',
      run: async () => {
        const { createEmptyReport } = await import('../packages/core/dist/index.js');
        const { toCsv, toRecords } = await import('../packages/stats/dist/index.js');
        const report = createEmptyReport('2021');
        report.meta.agency = '=HYPERLINK("http://attacker.example/","点此查看")';
        report.meta.year = 2024;
        const csv = toCsv(toRecords([report]), { bom: false });
        return { ended: csv.includes(`"'=HYPERLINK(`) ? 'neutralised' : 'other: live formula', bytes: csv.length };
      },
    },
    {
      name: 'validate({})',
      format: 'core',
      run: async () => {
        const { validate, NotAReportError } = await import('../packages/core/dist/index.js');
        try {
          validate({} as never);
          return { ended: 'other: returned', bytes: 2 };
        } catch (error) {
          return { ended: error instanceof NotAReportError ? 'NotAReportError' : `other: ${String(error)}`, bytes: 2 };
        }
      },
    },
    {
      name: 'the CLI on a 3 GB file',
      format: 'cli',
      run: async () => {
        const { run } = await import('../packages/cli/dist/index.js');
        const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
        const file = join(dir, 'huge.pdf');
        writeFileSync(file, '');
        truncateSync(file, 3 * 1024 ** 3);
        let stderr = '';
        const code = await run(['check', file, '-j', '1'], { env: { LANG: 'en_US.UTF-8' }, stdout: { write: () => true }, stderr: { write: (chunk: string | Uint8Array) => ((stderr += String(chunk)), true) } });
        rmSync(dir, { recursive: true, force: true });
        // the file's 3 GB are not the input read: the CLI reads none of it, so the allowance is that of an empty input
        return { ended: code === 2 && stderr.includes('too large') ? 'refused unread (TOO_LARGE)' : `other: exit ${code} ${stderr}`, bytes: 0 };
      },
    },
  ];
}

async function child(spec: { row?: number; format?: Format; count?: number; seed?: number; only?: number }): Promise<Outcome> {
  // load the modules and start PDFium before measuring
  await Promise.all([import('../packages/core/dist/index.js'), import('../packages/stats/dist/index.js'), import('../packages/cli/dist/index.js')]);
  await endOf('一、总体情况\n1');
  await endOf(minimalPdf(['<< /Type /Catalog >>']), 'pdf');
  if (spec.row !== undefined) {
    const row = rows()[spec.row]!;
    const peak = memoryProbe();
    const cpu = cpuProbe();
    const start = performance.now();
    const { ended, bytes } = await row.run();
    return { name: row.name, bytes, ended, ms: performance.now() - start, cpuMs: cpu(), peakBytes: peak() };
  }
  const format = spec.format!;
  const inputs = fc.sample(hostileInputs(format, 4), { numRuns: spec.count!, seed: spec.seed! });
  if (spec.only !== undefined) {
    // one input of the batch, alone in a fresh process: its own peak memory
    const input = inputs[spec.only]!;
    const peak = memoryProbe();
    const cpu = cpuProbe();
    const start = performance.now();
    const ended = await endOf(input, kindOf(format), allowanceMs(byteLength(input)));
    return { name: `${format} #${spec.only} alone`, bytes: byteLength(input), ended, ms: performance.now() - start, cpuMs: cpu(), peakBytes: peak() };
  }
  const warm = process.memoryUsage().rss;
  const shares: { index: number; share: number; growth: number }[] = [];
  const peak = memoryProbe();
  const failures: string[] = [];
  const endings: Record<string, number> = {};
  let slowest = 0;
  let slowestCpu = 0;
  let largest = 0;
  let maxMs = 0;
  for (const [i, input] of inputs.entries()) {
    const bytes = byteLength(input);
    const cpu = cpuProbe();
    const before = process.memoryUsage().rss;
    const resident = residentPeak();
    const start = performance.now();
    // a service's budget: 1 s per MiB (at least 1 s); an input that needs longer ends as TIMEOUT, counted below
    const ended = await endOf(input, kindOf(format), allowanceMs(bytes));
    const ms = performance.now() - start;
    const cpuMs = cpu();
    shares.push({ index: i, share: Math.max(0, resident() - warm) / memoryLimit(bytes), growth: Math.max(0, resident() - before) / memoryLimit(bytes) });
    const key = ended.startsWith('other') ? 'other' : ended.replace('ParseError ', '');
    endings[key] = (endings[key] ?? 0) + 1;
    largest = Math.max(largest, bytes);
    maxMs = Math.max(maxMs, ms);
    slowest = Math.max(slowest, ms / allowanceMs(bytes));
    slowestCpu = Math.max(slowestCpu, cpuMs / allowanceMs(bytes));
    if (ended.startsWith('other') || cpuMs > allowanceMs(bytes)) failures.push(`#${i} (${bytes} B, ${cpuMs.toFixed(0)} ms CPU, ${ms.toFixed(0)} ms wall): ${ended}`);
  }
  // the batch's peak bounds every input's; it is checked against the largest input's limit
  return { name: `${spec.count} generated ${format}`, bytes: largest, ended: failures.length ? `${failures.length} failed` : 'all typed', ms: slowest * 1000, cpuMs: slowestCpu * 1000, maxMs, peakBytes: peak(), count: spec.count!, failures, endings, memoryShare: Math.max(0, ...shares.map((s) => s.share)), heaviest: [...new Set([...shares.sort((a, b) => b.growth - a.growth).slice(0, 3).map((s) => s.index), inputs.findIndex((input) => byteLength(input) === largest)])] };
}

function runChild(spec: object, label: string, timeoutMs: number): Outcome {
  const result = spawnSync(process.execPath, [...process.execArgv, here, '--child', JSON.stringify(spec)], {
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 64 * MiB,
  });
  const line = result.stdout?.split('\n').find((l) => l.startsWith('{"name"'));
  if (line) return JSON.parse(line) as Outcome;
  const why = result.error ? `killed after ${timeoutMs / 1000} s (hang)` : `crashed: ${result.stderr?.split('\n').find((l) => /Error|error/u.test(l)) ?? result.status}`;
  return { name: label, bytes: 0, ended: `other: ${why}`, ms: timeoutMs, cpuMs: timeoutMs, peakBytes: 0 };
}

const mb = (bytes: number) => (bytes / 1e6).toFixed(1);

function printRow(format: string, outcome: Outcome, batch = false): boolean {
  const timeOk = batch ? outcome.cpuMs <= 1000 : outcome.cpuMs <= allowanceMs(outcome.bytes);
  const memoryOk = batch ? true : outcome.peakBytes <= memoryLimit(outcome.bytes);
  const ok = !outcome.ended.startsWith('other') && !/failed/u.test(outcome.ended) && timeOk && memoryOk;
  const time = batch
    ? `worst ${(outcome.cpuMs / 10).toFixed(0)} % CPU (${(outcome.ms / 10).toFixed(0)} % wall) of allowance`
    : `${outcome.cpuMs.toFixed(0)} ms CPU (${outcome.ms.toFixed(0)} wall) / ${allowanceMs(outcome.bytes).toFixed(0)} ms`;
  const memory = batch ? `worst ${((outcome.memoryShare ?? 0) * 100).toFixed(0)} % of its input's limit` : `${mb(outcome.peakBytes)} / ${mb(memoryLimit(outcome.bytes))}`;
  console.log(`| ${outcome.name} | ${format} | ${outcome.bytes.toLocaleString('en')} | ${outcome.ended} | ${time} | ${memory} | ${ok ? 'ok' : '**FAIL**'} |`);
  return ok;
}

async function main(): Promise<void> {
  const count = Number(process.env.HOSTILE_COUNT ?? 1000);
  const seed = Number(process.env.HOSTILE_SEED ?? Date.now() % 2 ** 31);
  console.log(`Hostile inputs · node ${process.version} · seed ${seed} · ${count} generated per format\n`);
  console.log('| input | format | bytes | ended as | time / allowance | peak MB / limit MB | |\n|---|---|---:|---|---|---|---|');
  let failed = 0;
  (process.env.HOSTILE_BATCH_ONLY ? [] : rows()).forEach((row, i) => {
    if (!printRow(row.format, runChild({ row: i }, row.name, 300_000))) failed++;
  });
  const batches: Outcome[] = [];
  const heaviest: Outcome[][] = [];
  const chosen = (process.env.HOSTILE_FORMATS?.split(',') ?? formats) as Format[];
  for (const format of process.env.HOSTILE_ROWS_ONLY ? [] : chosen) {
    const outcome = runChild({ format, count, seed }, `${count} generated ${format}`, 1_800_000);
    batches.push(outcome);
    if (!printRow(format, outcome, true)) failed++;
    // the heaviest inputs of the batch and its largest, each measured again alone: the figures that count
    const alone = (outcome.heaviest ?? []).map((only) => runChild({ format, count, seed, only }, `${format} #${only} alone`, 300_000));
    heaviest.push(alone);
    for (const one of alone) if (!printRow(format, one)) failed++;
  }
  if (batches.length > 0) {
    console.log(`\nGenerated inputs, each parsed with timeoutMs at its allowance (1 s per MiB, at least 1 s):\n`);
    console.log('| format | count | largest bytes | max wall ms | max CPU ms per MiB (≥ 1 MiB) | max wall ms per MiB | peak RSS MB / limit, heaviest input alone | outcomes |\n|---|---:|---:|---:|---:|---:|---|---|');
    batches.forEach((o, i) => {
      const format = chosen[i]!;
      const worst = [...heaviest[i]!].sort((a, b) => b.peakBytes / memoryLimit(b.bytes) - a.peakBytes / memoryLimit(a.bytes))[0];
      const endings = Object.entries(o.endings ?? {}).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
      console.log(`| ${format} | ${o.count ?? 0} | ${o.bytes.toLocaleString('en')} | ${(o.maxMs ?? o.ms).toFixed(0)} | ${o.cpuMs.toFixed(0)} | ${o.ms.toFixed(0)} | ${worst ? `${mb(worst.peakBytes)} / ${mb(memoryLimit(worst.bytes))}` : '—'} | ${endings || o.ended} |`);
    });
  }
  for (const outcome of batches) for (const failure of outcome.failures?.slice(0, 10) ?? []) console.log(`  ${outcome.name} ${failure}`);
  console.log(`\n${failed === 0 ? 'every row within its budget' : `${failed} row(s) over budget or untyped`}`);
}

if (process.argv[2] === '--child') console.log(JSON.stringify(await child(JSON.parse(process.argv[3]!))));
else await main();
