import type { Report } from '@disclosure/core';
import { expect, test } from 'vitest';
import { proseReports } from '../../test/prose-reports.ts';
import { compareText, prepareText, type PreparedText } from './compare-reports.ts';
import { candidateProbability, findSimilarPairs, rowsFor } from './find-similar-pairs.ts';

/**
 * The exact all-pairs method: `textShare` of every pair at or above `threshold`. Pairs that share no shingle in
 * any section have a `textShare` of 0, so only pairs sharing one (found through an index of shingles) are
 * measured: the same answer as measuring all of them, in a fraction of the time.
 */
function exactPairs(reports: readonly Report[], threshold: number): Map<string, number> {
  const prepared: PreparedText[] = reports.map((report) => prepareText(report));
  const index = new Map<string, number[]>();
  prepared.forEach((text, i) => {
    for (const [section, { shingles }] of text.sections) for (const shingle of shingles) (index.get(`${section}:${shingle}`) ?? index.set(`${section}:${shingle}`, []).get(`${section}:${shingle}`)!).push(i);
  });
  const sharing = new Set<number>();
  for (const holders of index.values()) for (let x = 0; x < holders.length; x++) for (let y = x + 1; y < holders.length; y++) sharing.add(holders[x]! * reports.length + holders[y]!);
  const found = new Map<string, number>();
  for (const key of sharing) {
    const [i, j] = [Math.floor(key / reports.length), key % reports.length];
    const { textShare } = compareText(prepared[i]!, prepared[j]!, { maxPassages: 0 });
    if (textShare !== null && textShare >= threshold) found.set(`${reports[i]!.meta.agency}|${reports[j]!.meta.agency}`, textShare);
  }
  return found;
}

test('the banding S-curve: rows per band chosen so a pair at the threshold is a candidate with probability ≥ 0.999', () => {
  expect(rowsFor(0.8)).toBe(4);
  expect(rowsFor(0.5)).toBe(2);
  expect(rowsFor(0.15)).toBe(1);
  expect(candidateProbability(2 / 3, 4)).toBeGreaterThan(0.999);
  expect(candidateProbability(1 / 20, 4)).toBeLessThan(0.001);
});

test('on 2,000 generated reports with planted copies, finds ≥ 99% of the pairs the exact method finds (thresholds 0.5 and 0.8)', () => {
  const reports = [...proseReports({ count: 2000, seed: 7 })];
  const exactAtHalf = exactPairs(reports, 0.5);
  for (const threshold of [0.5, 0.8]) {
    const exact = new Map([...exactAtHalf].filter(([, share]) => share >= threshold));
    expect(exact.size).toBeGreaterThan(50);
    const found = findSimilarPairs(reports, { threshold, limit: Infinity, id: (report) => report.meta.agency! });
    const recall = found.filter((pair) => exact.has(`${pair.a}|${pair.b}`)).length / exact.size;
    // every pair returned is measured exactly: precision 1, and the same share the exact method gives
    for (const pair of found) expect(pair.textShare).toBe(exact.get(`${pair.a}|${pair.b}`));
    console.log(`threshold ${threshold}: ${exact.size} pairs (exact), recall ${(recall * 100).toFixed(2)}%, precision 100%`);
    expect(recall).toBeGreaterThanOrEqual(0.99);
  }
}, 300_000);

test('reads a one-shot iterator once and a re-iterable twice, to the same pairs', () => {
  const reports = proseReports({ count: 300, seed: 3, copies: 0.2 });
  const generator = (function* () {
    yield* reports;
  })();
  expect(findSimilarPairs(generator, { limit: Infinity })).toEqual(findSimilarPairs(reports, { limit: Infinity }));
});

test('reports without prose are never a pair', () => {
  const empty = [...proseReports({ count: 3 })].map((report) => ({ ...report, sections: { ...report.sections, overview: null, activeDisclosure: null, applications: null, reviewAndLitigation: null, problemsAndImprovements: null, otherMatters: null } }));
  expect(findSimilarPairs(empty, { threshold: 0 })).toEqual([]);
});
