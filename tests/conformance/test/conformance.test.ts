import { readdirSync } from 'node:fs';
import { getCell, setCell } from '@disclosure/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryReport } from '../../../packages/renderer/test/arbitrary-report.ts';
import { corpusDir, corpusDocuments, derivedDocuments, expectedReport } from '../src/committed-documents.ts';
import { fixedSeed, generateDocument, randomRuns } from '../src/generated-documents.ts';
import { columnBlocks } from '../src/generators/column-blocks.ts';
import { generators } from '../src/generators.ts';
import { knownGaps } from '../src/known-gaps.ts';
import { failures, readDocument } from '../src/read-document.ts';

const check = (gaps: readonly string[], id: string) => (gaps.includes(id) ? it.fails : it);

describe('every real and committed document: never a wrong number, every unread cell diagnosed', () => {
  const documents = [...corpusDocuments(), ...derivedDocuments()];

  it('holds every class of committed variant', () => {
    expect(new Set(documents.map((document) => document.class))).toEqual(
      new Set(['corpus', 'pdf-viewer-text', 'chrome-viewer-text', 'firefox-viewer-text', 'office-pdf', 'office-page-pdf', 'web-page-pdf', 'crawler-text', 'text-dump', 'converted-markdown', 'pdf-library-text', 'wide-table-pdf', 'pdf-layout-text']),
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

describe('table 3 printed in blocks of rows column by column (text copied out of a PDF viewer)', () => {
  /** The table-3 cells of a document that were not read exactly (or exactly blank). */
  const unreadApplications = (result: Awaited<ReturnType<typeof readDocument>>) =>
    result.comparison.verdicts.filter((verdict) => verdict.path.startsWith('applications.') && verdict.outcome !== 'exact' && verdict.outcome !== 'blank-exact');

  it('reads every table-3 cell of the real pdftotext output of the 洪泽区 PDFs, which draw such blocks', async () => {
    const documents = derivedDocuments().filter((document) => /^pdf-viewer-text\/20(23|24)-huaian-hongze-district\.txt$/u.test(document.name));
    expect(documents).toHaveLength(2);
    for (const document of documents) expect([document.name, unreadApplications(await readDocument(document))]).toEqual([document.name, []]);
  });

  it('takes no cut that puts a figure with decimals in a count column: table 3 is then left unread, with a diagnostic', async () => {
    // 0.5 moved from 自然人 to 商业企业 in three rows: every identity still holds, but a count has no decimals
    const report = expectedReport('2024-huaian-city');
    for (const row of ['newlyReceived', 'granted', 'totalProcessed']) {
      const [person, enterprise] = [`applications.${row}.naturalPerson`, `applications.${row}.commercialEnterprise`];
      setCell(report, person, (getCell(report, person) as number) - 0.5);
      setCell(report, enterprise, (getCell(report, enterprise) as number) + 0.5);
    }
    const result = await readDocument(await generateDocument(columnBlocks, report, '2024-huaian-city'));
    const applications = result.comparison.verdicts.filter((verdict) => verdict.path.startsWith('applications.'));
    expect(new Set(applications.map((verdict) => verdict.outcome))).toEqual(new Set(['unread-with-diagnostic']));
  });

  it('reads every table-3 cell the column-blocks generator prints, on every expected report', async () => {
    for (const name of names) {
      const result = await readDocument(await generateDocument(columnBlocks, expectedReport(name), name));
      expect([name, unreadApplications(result)]).toEqual([name, []]);
    }
  });
});
