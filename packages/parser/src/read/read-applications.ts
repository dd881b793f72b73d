import { applicantColumns } from '@disclosure/core';
import type { Assembler } from './assembler.ts';
import { splitDigitRun } from './digit-runs.ts';
import { findHeaderColumns } from './placement.ts';
import { readRows, type ReadRow } from './read-rows.ts';
import type { Region } from './regions.ts';
import { resolveRuns, type ColumnIdentity, type RowValues } from './resolve-runs.ts';
import { applicationRows, type RowTarget } from './row-catalogue.ts';

/** Table 3's column identities (T3.R1, T3.R2) over row paths, used to decide digit runs. */
function applicationIdentities(targets: readonly RowTarget[]): ColumnIdentity[] {
  const results = targets
    .map((target) => target.path)
    .filter((path) => !['newlyReceived', 'carriedOverFromLastYear', 'totalProcessed', 'carriedForwardToNextYear'].includes(path));
  return [
    { plus: ['newlyReceived', 'carriedOverFromLastYear'], minus: ['totalProcessed', 'carriedForwardToNextYear'] },
    { plus: results, minus: ['totalProcessed'] },
  ];
}

/** Table 3: its rows, with digit runs split by the row totals and, where still open, the column identities. */
export function readApplications(region: Region, assembler: Assembler): void {
  const report = assembler.report;
  const targets = applicationRows(report.edition);
  const header = findHeaderColumns(region.lines, applicantColumns);
  const width = applicantColumns.length;
  const { rows, notes } = readRows(region.lines, targets, header, (digits) =>
    splitDigitRun(digits, width).filter((cells) => cells.slice(0, -1).reduce((a, b) => a + b, 0) === cells.at(-1)),
  );
  notes.forEach((note) => assembler.note(note));
  if (report.edition === '2021' && rows.some((row) => row.target.path === 'otherHandling')) {
    report.tables.applications.otherHandling = Object.fromEntries(applicantColumns.map((c) => [c.key, null])) as never;
  }
  const known = new Map<string, RowValues>();
  const runs: Array<{ row: ReadRow; candidates: readonly number[][] }> = [];
  for (const row of rows) {
    const reading = row.reading;
    const paths = row.target.paths;
    if (reading.kind === 'cells') {
      reading.cells.forEach((token, i) => assembler.set(paths[i]!, token));
      known.set(row.target.path, reading.cells.map((token) => token?.value ?? null));
      assembler.rowNotes(row, reading.cells.find(Boolean)?.place);
    } else if (reading.kind === 'run' && reading.candidates.length === 1) {
      assembler.setSplit(paths, reading.token, reading.candidates[0]!);
      known.set(row.target.path, reading.candidates[0]!);
    } else if (reading.kind === 'run' && reading.candidates.length > 1) {
      runs.push({ row, candidates: reading.candidates });
    } else {
      const printed = reading.kind === 'run' ? reading.token.printed : reading.tokens.map((t) => t.printed).join(' ');
      const place = reading.kind === 'run' ? reading.token.place : reading.tokens[0]?.place;
      assembler.ambiguous(row.target, printed, place, '数值个数与栏目不符', 'the number of values does not fit the columns');
    }
  }
  if (runs.length > 0) {
    const chosen = resolveRuns(known, runs, applicationIdentities(rows.map((row) => row.target)), width);
    for (const { row } of runs) {
      const reading = row.reading as Extract<ReadRow['reading'], { kind: 'run' }>;
      const values = chosen?.get(row.target.path);
      const paths = row.target.paths;
      if (values) assembler.setSplit(paths, reading.token, values);
      else assembler.ambiguous(row.target, reading.token.printed, reading.token.place, '表内勾稽关系不能唯一确定拆分', "the table's identities do not make the split unique");
    }
  }
  const read = new Set(rows.map((row) => row.target.path));
  const singleRow = read.has('otherHandling');
  const missing = targets.filter(
    (target) =>
      !read.has(target.path) &&
      !(target.path === 'otherHandling' && report.edition === '2021' && !singleRow) &&
      !(target.path.startsWith('otherHandling.') && singleRow),
  );
  assembler.missing(missing);
}
