import type { Assembler } from './assembler.ts';
import { splitDigitRun } from './digit-runs.ts';
import { findHeaderColumns } from './placement.ts';
import { readRows } from './read-rows.ts';
import type { Region } from './regions.ts';
import { activeDisclosureRows } from './row-catalogue.ts';

/** Table 2: its blocks' rows; a digit run is split only when one reading exists, as the table has no identities. */
export function readActiveDisclosure(region: Region, assembler: Assembler): void {
  const targets = activeDisclosureRows(assembler.report.edition);
  const header = findHeaderColumns(region.lines, targets.flatMap((target) => target.columns));
  const { rows, notes } = readRows(region.lines, targets, header, (digits, target) => splitDigitRun(digits, target.columns.length));
  notes.forEach((note) => assembler.note(note));
  for (const row of rows) {
    const reading = row.reading;
    const paths = row.target.paths;
    if (reading.kind === 'cells') {
      reading.cells.forEach((token, i) => assembler.set(paths[i]!, token));
      const unit = reading.cells.find((token) => token?.unit)?.unit;
      if (row.target.path === 'art20Item9.centralizedProcurement' && assembler.report.edition === '2019') {
        assembler.report.tables.activeDisclosure.art20Item9.centralizedProcurement.amountUnit = unit ?? 'unknown';
      }
      assembler.rowNotes(row, reading.cells.find(Boolean)?.place);
    } else if (reading.kind === 'run' && reading.candidates.length === 1) {
      assembler.setSplit(paths, reading.token, reading.candidates[0]!);
    } else {
      const printed = reading.kind === 'run' ? reading.token.printed : reading.tokens.map((t) => t.printed).join(' ');
      const place = reading.kind === 'run' ? reading.token.place : reading.tokens[0]?.place;
      assembler.ambiguous(row.target, printed, place, '本表各栏之间没有勾稽关系', 'the table has no identity across these columns');
    }
  }
  const read = new Set(rows.map((row) => row.target.path));
  assembler.missing(targets.filter((target) => !read.has(target.path)));
}
