/**
 * Reads every generator's document of real reports with new numbers: each expected report keeps its prose, shape and
 * blanks, its tables re-numbered so that every identity holds (`renumberedReport`: figures below 12 or a given scale,
 * one seed per report and round) — or, with `errors`, with one figure of table 3 or 4 then made 1 to 3 too large
 * (`withOneError`), the error a check is for. Prints every wrong cell, cell left unread without a diagnostic and false
 * finding, then per generator the share of cells read, those counts and the findings found. Runs in Node alone (no
 * printer): the figures of the visible corpus are few and mostly 0, these are not. Exit 1 on any failure.
 * Run: pnpm --filter @disclosure/conformance stress:generators -- ROUNDS [SCALE [errors [GENERATORS]]], e.g.
 * `stress:generators -- 1-20 300`, `stress:generators -- 1-20 12 errors torn-markdown,turned-rows`
 */
import { expectedNames } from '../src/committed-documents.ts';
import { generateDocument } from '../src/generated-documents.ts';
import { generators } from '../src/generators.ts';
import { readDocument } from '../src/read-document.ts';
import { renumberedReport, withOneError } from '../src/renumbered-report.ts';
import { StressTally } from '../src/stress-tally.ts';

const [roundArg = '1-20', scaleArg = '12', errorArg = '', generatorArg] = process.argv.slice(2);
const [first = 1, last = first] = roundArg.split('-').map(Number);
const chosen = generatorArg ? generators.filter((generator) => generatorArg.split(',').includes(generator.id)) : generators;
const names = expectedNames();
const tally = new StressTally();
for (let round = first; round <= last; round++) {
  for (const [index, name] of names.entries()) {
    const seed = round * 1000 + index;
    const balanced = renumberedReport(name, round, Number(scaleArg));
    const report = errorArg === 'errors' ? withOneError(balanced, seed) : balanced;
    for (const generator of chosen) tally.add(generator.id, await readDocument(await generateDocument(generator, report, `${name}-${round}`, seed)));
  }
}
tally.report();
process.exitCode = tally.failed ? 1 : 0;
