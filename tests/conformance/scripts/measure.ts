/**
 * Measures the parser on every class of document issue 10 names: the real corpus, the committed variants
 * (derived/), every generator applied to every expected corpus report, and every generator on random reports.
 * Prints one line per class and source: documents, cells, exact, blank, unread with and without a diagnostic, wrong,
 * findings of rules the expected report does not fail, and the files behind the last columns. Exit 1 when any cell
 * is wrong or silently unread, or any finding false.
 * Run: pnpm --filter @disclosure/conformance measure
 */
import { corpusDocuments, derivedDocuments, expectedNames, expectedReport } from '../src/committed-documents.ts';
import { fixedSeed, generateDocument, randomReports, randomRuns } from '../src/generated-documents.ts';
import { generators } from '../src/generators.ts';
import { formatTable, tabulate } from '../src/measure-table.ts';
import { readDocument, type DocumentResult } from '../src/read-document.ts';

const results: Array<{ source: string; result: DocumentResult }> = [];
for (const document of corpusDocuments()) results.push({ source: 'real', result: await readDocument(document) });
for (const document of derivedDocuments()) results.push({ source: 'derived/ (committed)', result: await readDocument(document) });
const names = expectedNames();
const random = randomReports(randomRuns);
for (const generator of generators) {
  for (const name of names) {
    results.push({ source: 'from expected corpus', result: await readDocument(await generateDocument(generator, expectedReport(name), name)) });
  }
  for (const [i, report] of random.entries()) {
    // each random report with its own seed, so that a generator's seeded choices vary from report to report
    results.push({ source: `random ×${randomRuns}`, result: await readDocument(await generateDocument(generator, report, `random-${i}`, fixedSeed + i)) });
  }
}
const rows = tabulate(results);
console.log(formatTable(rows));
const bad = rows.reduce((sum, row) => sum + row.counts.wrong + row.counts['unread-without-diagnostic'] + row.falseFindings, 0);
process.exitCode = bad > 0 ? 1 : 0;
