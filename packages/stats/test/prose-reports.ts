// Generated reports with prose and planted copies, for the similarity test and benchmark.
import { createEmptyReport, type Report, type SectionKey } from '@disclosure/core';

const sectionKeys: readonly SectionKey[] = ['overview', 'activeDisclosure', 'applications', 'reviewAndLitigation', 'problemsAndImprovements', 'otherMatters'];

/** mulberry32: the same seed, the same stream. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The sentence pool: random CJK text of 15–44 characters with a figure, ending in `。`. */
function sentencePool(size: number, next: () => number): string[] {
  return Array.from({ length: size }, () => {
    const length = 15 + Math.floor(next() * 30);
    let text = '';
    for (let i = 0; i < length; i++) text += String.fromCharCode(0x4e00 + Math.floor(next() * 20000));
    const cut = Math.floor(next() * length);
    return `${text.slice(0, cut)}${Math.floor(next() * 1000)}件${text.slice(cut)}。`;
  });
}

/** A generated report's sections: five sentences each. */
type Prose = string[][];

/** Options of `proseReports`. */
export interface ProseReportsOptions {
  readonly count: number;
  /** Share of reports that copy an earlier one (each sentence replaced with a probability drawn in 0–0.4). Default 0.05. */
  readonly copies?: number;
  readonly seed?: number;
}

/**
 * `count` reports whose prose is drawn from a pool of 50,000 sentences, a share of them copies of an earlier
 * report (figures changed, some sentences replaced), as a fresh iterable each time it is iterated (same reports).
 */
export function proseReports(options: ProseReportsOptions): Iterable<Report> {
  return {
    *[Symbol.iterator]() {
      const next = random(options.seed ?? 1);
      const pool = sentencePool(50_000, next);
      const recent: Prose[] = []; // the last 1,000, to copy from
      for (let i = 0; i < options.count; i++) {
        let prose: Prose;
        if (recent.length > 0 && next() < (options.copies ?? 0.05)) {
          const source = recent[Math.floor(next() * recent.length)]!;
          const edits = next() * 0.4;
          prose = source.map((sentences) => sentences.map((s) => (next() < edits ? pool[Math.floor(next() * pool.length)]! : s.replace(/\d+/gu, String(Math.floor(next() * 1000))))));
        } else {
          prose = sectionKeys.map(() => Array.from({ length: 5 }, () => pool[Math.floor(next() * pool.length)]!));
        }
        recent.push(prose);
        if (recent.length > 1000) recent.shift();
        const report = createEmptyReport('2021');
        report.meta.agency = `机关${i}`;
        report.meta.year = 2024;
        sectionKeys.forEach((key, s) => (report.sections[key] = { title: key, text: prose[s]!.join('') }));
        yield report;
      }
    },
  };
}
