import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryReport } from '../../../packages/renderer/test/arbitrary-report.ts';
import { corpusDir, corpusDocuments, derivedDocuments, expectedReport } from '../src/committed-documents.ts';
import { fixedSeed, generateDocument, randomRuns } from '../src/generated-documents.ts';
import { generators } from '../src/generators.ts';
import { knownGaps } from '../src/known-gaps.ts';
import { failures, readDocument } from '../src/read-document.ts';

const check = (gaps: readonly string[], id: string) => (gaps.includes(id) ? it.fails : it);

describe('every real and committed document: never a wrong number, every unread cell diagnosed', () => {
  const documents = [...corpusDocuments(), ...derivedDocuments()];

  it('holds every class of committed variant', () => {
    expect(new Set(documents.map((document) => document.class))).toEqual(
      new Set(['corpus', 'pdf-viewer-text', 'office-pdf', 'web-page-pdf']),
    );
  });

  for (const document of documents) {
    check(knownGaps.documents, document.name)(`${document.class}: ${document.name}`, async () => {
      expect(failures(await readDocument(document))).toEqual([]);
    });
  }
});

const names = readdirSync(`${corpusDir}expected`)
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.replace(/\.json$/u, ''))
  .sort();

describe.each(generators)('generator $id ($class): $description', (generator) => {
  for (const name of names) {
    check(knownGaps.generated, `${generator.id}:${name}`)(`on the expected report ${name}`, async () => {
      expect(failures(await readDocument(await generateDocument(generator, expectedReport(name), name)))).toEqual([]);
    });
  }

  check(knownGaps.random, generator.id)(`on ${randomRuns} random reports of both editions (fast-check, seed ${fixedSeed})`, async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryReport(), fc.integer({ min: 0, max: 2 ** 31 - 1 }), async (report, seed) => {
        expect(failures(await readDocument(await generateDocument(generator, report, 'random', seed)))).toEqual([]);
      }),
      // endOnFailure: a known gap fails at once instead of shrinking through hundreds of parses.
      { numRuns: randomRuns, seed: fixedSeed, endOnFailure: true },
    );
  }, 300_000);
});
