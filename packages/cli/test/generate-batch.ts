/**
 * A folder of generated report documents for the batch test and benchmark: the reviewed corpus JSONs
 * (`fixtures/corpus/expected/`) rendered with `@disclosure/renderer` as text, HTML and DOCX, some with one
 * table 3 cell changed (an error-severity failure), and some broken on purpose: empty files, random bytes, and
 * DOCX files cut in half. Deterministic for a given count (seeded), so the expected summary is known.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getCell, parseReport, setCell, type Report } from '@disclosure/core';
import { toDocx, toHtml, toText } from '@disclosure/renderer';

const expectedDir = fileURLToPath(new URL('../../../fixtures/corpus/expected/', import.meta.url));

/** What was generated, so a test can state the summary it expects. */
export interface GeneratedBatch {
  readonly dir: string;
  readonly files: readonly string[];
  /** Files made unreadable on purpose (empty, random bytes, truncated DOCX). */
  readonly broken: ReadonlySet<string>;
  /** Files whose table 3 was changed so that an error-severity identity fails. */
  readonly changed: ReadonlySet<string>;
}

/** A small deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function loadCorpus(): Promise<Report[]> {
  const names = (await readdir(expectedDir)).filter((name) => name.endsWith('.json')).sort();
  const reports: Report[] = [];
  for (const name of names) {
    const parsed = parseReport(JSON.parse(await readFile(join(expectedDir, name), 'utf8')));
    if (parsed.success) reports.push(parsed.report);
  }
  return reports;
}

// Table 3 cells that are not totals: changing one breaks its row identity (T3.R3, an error) at least.
const changeable = ['granted', 'partiallyGranted', 'denied.thirdPartyRights', 'unableToProvide.notHeld', 'notProcessed.duplicate'].flatMap(
  (row) => ['naturalPerson', 'commercialEnterprise'].map((column) => `applications.${row}.${column}`),
);

/** Writes `count` documents into `dir` (created), one in 50 of each broken kind, about one in four changed. */
export async function generateBatch(dir: string, count = 1000, seed = 2024): Promise<GeneratedBatch> {
  await mkdir(dir, { recursive: true });
  const corpus = await loadCorpus();
  const next = random(seed);
  const files: string[] = [];
  const broken = new Set<string>();
  const changed = new Set<string>();
  // Render each corpus report once per format; changed copies are rendered on their own.
  const cache = new Map<string, string | Uint8Array>();
  const render = async (report: Report, format: 'txt' | 'html' | 'docx', key: string | null) => {
    const hit = key === null ? undefined : cache.get(key);
    if (hit !== undefined) return hit;
    const data = format === 'txt' ? toText(report) : format === 'html' ? toHtml(report) : await toDocx(report);
    if (key !== null) cache.set(key, data);
    return data;
  };
  for (let i = 0; i < count; i++) {
    const which = Math.floor(next() * corpus.length);
    const original = corpus[which]!;
    const name = `${String(i).padStart(5, '0')}-${original.meta.year ?? 'x'}`;
    const slot = i % 50;
    let file: string;
    let data: string | Uint8Array;
    if (slot === 7) {
      file = `${name}.txt`;
      data = '';
      broken.add(file);
    } else if (slot === 17) {
      file = `${name}.pdf`;
      data = Uint8Array.from({ length: 4096 }, () => Math.floor(next() * 256));
      broken.add(file);
    } else if (slot === 27) {
      file = `${name}.docx`;
      const whole = (await render(original, 'docx', `${which}:docx`)) as Uint8Array;
      data = whole.subarray(0, Math.floor(whole.length / 2));
      broken.add(file);
    } else {
      const format = (['txt', 'html', 'docx'] as const)[Math.floor(next() * 3)]!;
      file = `${name}.${format}`;
      let report = original;
      let key: string | null = `${which}:${format}`;
      const path = changeable[Math.floor(next() * changeable.length)]!;
      if (next() < 0.25 && typeof getCell(original, path) === 'number') {
        report = structuredClone(original);
        setCell(report, path, (getCell(original, path) as number) + 1 + Math.floor(next() * 5));
        key = null;
        changed.add(file);
      }
      data = await render(report, format, key);
    }
    await writeFile(join(dir, file), data);
    files.push(file);
  }
  return { dir, files, broken, changed };
}
