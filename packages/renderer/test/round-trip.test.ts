import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { hasSingleOtherHandlingRow, ReportSchema, type Report } from '@disclosure/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryReport } from './arbitrary-report.ts';
import { differences } from './compare-reports.ts';
import { unexplained } from './known-parser-gaps.ts';
import { formats } from './formats.ts';

const expectedDir = fileURLToPath(new URL('../../../fixtures/corpus/expected/', import.meta.url));
const corpus = readdirSync(expectedDir)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => ({ name: file.replace(/\.json$/u, ''), report: ReportSchema.parse(JSON.parse(readFileSync(`${expectedDir}${file}`, 'utf8'))) as Report }));

/** A random report of one shape (a fixed seed, so the case is the same on every run). */
function sampleOf(edition: '2019' | '2021', singleOtherHandling: boolean): Report {
  const found = fc
    .sample(arbitraryReport(), { numRuns: 200, seed: 2024 })
    .find((candidate) => candidate.edition === edition && hasSingleOtherHandlingRow(candidate) === singleOtherHandling);
  if (!found) throw new Error(`no ${edition} sample with single （六） = ${singleOtherHandling}`);
  return found;
}

describe.each(formats)('round trip through the parser: $name', (format) => {
  it.each(corpus)('gives back every expected corpus report: $name', async ({ report }) => {
    const { report: back } = await format.roundTrip(report);
    expect(unexplained(report, format.name, differences(report, back))).toEqual([]);
  });

  it.each([
    ['2019', false],
    ['2021', false],
    ['2021', true],
  ] as const)('gives back a %s report (（六） as one row: %s)', async (edition, single) => {
    const report = sampleOf(edition, single);
    expect(report.edition).toBe(edition);
    expect(hasSingleOtherHandlingRow(report)).toBe(single);
    const { report: back } = await format.roundTrip(report);
    expect(unexplained(report, format.name, differences(report, back))).toEqual([]);
  });

  it('gives back random reports of both editions (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryReport(), async (report) => {
        const { report: back } = await format.roundTrip(report);
        expect(unexplained(report, format.name, differences(report, back))).toEqual([]);
      }),
      { numRuns: format.name === 'docx' ? 40 : 100 },
    );
  });
});
