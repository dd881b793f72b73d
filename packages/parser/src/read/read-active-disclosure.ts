import type { Assembler } from './assembler.ts';
import type { StatedCells } from './stated-cells.ts';
import { assignRows } from './assign-rows.ts';
import { readRows } from './read-rows.ts';
import type { LineTokens } from './line-tokens.ts';
import type { Region } from './regions.ts';
import { activeDisclosureRows } from './row-catalogue.ts';
import { splitValues } from './split-values.ts';
import { withOrderReading } from './read-by-order.ts';
import { blockAnchors } from './block-anchors.ts';

/** Table 2: its blocks' rows. The table has no identities: a digit run is read only when the print or the prose leaves one reading. */
export function readActiveDisclosure(region: Region, assembler: Assembler, stated: StatedCells, tokens: LineTokens): void {
  const targets = activeDisclosureRows(assembler.report.edition);
  const columns = targets.flatMap((target) => target.columns);
  const read = readRows(region.lines, targets, columns, (values, target) => splitValues(values, target.columns), tokens);
  if (read.wrapsShown) assembler.showWraps();
  const { rows, notes } = withOrderReading(targets, read, null, () => blockAnchors(region.lines, targets, tokens));
  notes.forEach((note) => assembler.note(note));
  assignRows(rows, assembler, {
    identities: [],
    rowRule: null,
    rowHolds: () => true,
    stated,
    why: ['本表各栏之间没有勾稽关系', 'the table has no identity across these columns'],
  });
  for (const row of rows) {
    if (row.target.path !== 'art20Item9.centralizedProcurement' || row.reading.kind !== 'cells') continue;
    const unit = row.reading.cells.find((token) => token?.unit)?.unit;
    if (assembler.report.edition === '2019') assembler.report.tables.activeDisclosure.art20Item9.centralizedProcurement.amountUnit = unit ?? 'unknown';
  }
  const found = new Set(rows.map((row) => row.target.path));
  assembler.missing(targets.filter((target) => !found.has(target.path)));
}
