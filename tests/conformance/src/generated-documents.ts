import type { Report } from '@disclosure/core';
import fc from 'fast-check';
import { arbitraryReport } from '../../../packages/renderer/test/arbitrary-report.ts';
import type { Generator, TestDocument } from './document.ts';

/** The seed of every generated variant and random report: fixed, so a run is the same everywhere. */
export const fixedSeed = 20_261_202;

/** How many random reports each generator is measured and property-tested on. */
export const randomRuns = 30;

/** `count` random reports of both editions from the renderer's fast-check arbitrary, the same for a given seed. */
export function randomReports(count: number, seed: number = fixedSeed): Report[] {
  return fc.sample(arbitraryReport(), { numRuns: count, seed });
}

/** A generator's document from a report, named after the report and the generator so a failure names its source. */
export async function generateDocument(generator: Generator, report: Report, label: string, seed: number = fixedSeed): Promise<TestDocument> {
  const document = await generator.generate(report, seed);
  return { ...document, name: `${label}.${generator.id}.${document.name.split('.').pop()}` };
}
