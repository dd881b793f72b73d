// Generates reports whose every identity holds, for the property tests and the benchmark.
import { applicantColumns } from '../src/catalogue/columns.ts';
import { createEmptyReport } from '../src/empty-report.ts';
import type { Report } from '../src/model/report.ts';
import { listCellEntries } from '../src/paths/cell-path.ts';
import { setCell } from '../src/paths/set-cell.ts';

/** A small seeded PRNG (mulberry32): the same seed gives the same report. */
export function random(seed: number): (below: number) => number {
  let state = seed >>> 0;
  return (below) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * below);
  };
}

export type Variant = '2019' | '2021' | '2021-single';

const people = applicantColumns.filter((column) => column.key !== 'total').map((column) => column.key);
const flowRows = new Set(['newlyReceived', 'carriedOverFromLastYear', 'totalProcessed', 'carriedForwardToNextYear']);

/** A report of `variant` whose tables 2–4 satisfy every rule, figures drawn from `seed`. */
export function balancedReport(variant: Variant, seed: number, scale = 20): Report {
  const next = random(seed);
  const edition = variant === '2019' ? '2019' : '2021';
  const report: Report = createEmptyReport(edition);
  report.meta.year = edition === '2019' ? 2019 + next(2) : 2021 + next(5);
  if (variant === '2021-single') {
    (report.tables.applications as { otherHandling: unknown }).otherHandling = Object.fromEntries(applicantColumns.map((c) => [c.key, null]));
  }
  const entries = listCellEntries(report);
  const resultRows = [...new Set(entries.filter((e) => e.table.key === 'applications' && !flowRows.has(e.row.path)).map((e) => e.row.path))];

  // table 3: results per column, then the flow rows, then the total column as row sums
  for (const person of people) {
    let processed = 0;
    for (const row of resultRows) {
      const value = next(4) === 0 ? next(scale) : 0;
      processed += value;
      setCell(report, `applications.${row}.${person}`, value);
    }
    const forward = next(scale);
    const over = next(processed + forward + 1);
    setCell(report, `applications.totalProcessed.${person}`, processed);
    setCell(report, `applications.carriedForwardToNextYear.${person}`, forward);
    setCell(report, `applications.carriedOverFromLastYear.${person}`, over);
    setCell(report, `applications.newlyReceived.${person}`, processed + forward - over);
  }
  for (const row of [...flowRows, ...resultRows]) {
    let total = 0;
    for (const person of people) total += getNumber(report, `applications.${row}.${person}`);
    setCell(report, `applications.${row}.total`, total);
  }

  // table 4
  for (const group of ['administrativeReview', 'litigationWithoutReview', 'litigationAfterReview']) {
    let total = 0;
    for (const column of ['upheld', 'corrected', 'otherOutcome', 'pending']) {
      const value = next(3) === 0 ? next(scale) : 0;
      total += value;
      setCell(report, `reviewAndLitigation.${group}.${column}`, value);
    }
    setCell(report, `reviewAndLitigation.${group}.total`, total);
  }

  // table 2, within the soft rules too
  for (const entry of entries) {
    if (entry.table.key !== 'activeDisclosure') continue;
    setCell(report, entry.path, next(scale));
  }
  if (report.edition === '2021') {
    for (const row of ['regulations', 'normativeDocuments'] as const) {
      const cells = report.tables.activeDisclosure.art20Item1[row];
      cells.currentlyValid = (cells.issuedThisYear ?? 0) + next(scale);
    }
    report.tables.activeDisclosure.art20Item8.administrativeFees.feeAmount = next(100_000) / 100;
  } else {
    for (const row of ['regulations', 'normativeDocuments'] as const) {
      const cells = report.tables.activeDisclosure.art20Item1[row];
      cells.totalPublished = (cells.newlyPublished ?? 0) + next(scale);
    }
    report.tables.activeDisclosure.art20Item9.centralizedProcurement.amountUnit = '元';
  }
  return report;
}

function getNumber(report: Report, path: string): number {
  let node: unknown = report.tables;
  for (const key of path.split('.')) node = (node as Record<string, unknown>)[key];
  return node as number;
}
