import { applicantColumns, isPlaceholder } from '@disclosure/core/lite';
import type { Assembler } from './assembler.ts';
import type { StatedCells } from './stated-cells.ts';
import { assignRows } from './assign-rows.ts';
import { readRows } from './read-rows.ts';
import type { LineTokens } from './line-tokens.ts';
import type { Region } from './regions.ts';
import { identitiesHold, type ColumnIdentity } from './solve-rows.ts';
import { withOrderReading } from './read-by-order.ts';
import { splitSummedRow } from './split-values.ts';
import { applicationRows, type RowTarget } from './row-catalogue.ts';
import { normalizeText } from './normalize.ts';

const headRows = ['newlyReceived', 'carriedOverFromLastYear', 'totalProcessed', 'carriedForwardToNextYear'];

/** Table 3's column identities (T3.R1, T3.R2) over the row paths read. */
function applicationIdentities(paths: readonly string[]): ColumnIdentity[] {
  const results = paths.filter((path) => !headRows.includes(path));
  return [
    { rule: 'T3.R1', plus: ['newlyReceived', 'carriedOverFromLastYear'], minus: ['totalProcessed', 'carriedForwardToNextYear'] },
    { rule: 'T3.R2', plus: results, minus: ['totalProcessed'] },
  ];
}

/** A row's total (its last cell) is the sum of the six applicant cells (T3.R3), checked as soon as it is cut. */
function rowTotalHolds(cells: readonly (number | null)[]): boolean {
  if (cells.length < applicantColumns.length) return true;
  const parts = cells.slice(0, -1);
  if (parts.some((value) => value === null) || cells.at(-1) === null) return true;
  return parts.reduce<number>((sum, value) => sum + value!, 0) === cells.at(-1);
}

/** A word of figures and marks only (or none): no label's. */
const figureOrMark = /^[\d.,/／—-]*$/u;
const blanks = /\s+/u;
const blank = /\s/u;

/**
 * How the table prints 2021's （六）: `subRows` when a label of its first two sub-rows appears anywhere in it
 * (then `（六）其他处理` only heads them, even where a wrapped sub-row label leaves it nearest to the values);
 * `oneRow` when `其他处理` is printed and no sub-row label is; otherwise `unknown`, left to the rows read.
 */
function otherHandlingShape(region: Region): 'subRows' | 'oneRow' | 'unknown' {
  // Figures and placeholders (`无`, `—`) left out, on lines of their own or beside a label's line (poppler prints a
  // row's first figure on its label's first line), so a label wrapped around its values reads whole.
  let words = '';
  const keep = (word: string) => {
    if (!figureOrMark.test(word) && !isPlaceholder(word)) words += word;
  };
  for (const line of region.lines) {
    // most fields are one word (a grid's cell): split only those with a blank
    for (const field of line.fields) if (blank.test(field.text)) field.text.split(blanks).forEach(keep);
    else keep(field.text);
  }
  const text = normalizeText(words);
  const rows = applicationRows('2021');
  const printed = (path: string) => rows.some((target) => target.path === path && target.labels.some((label) => text.includes(label)));
  if (printed('otherHandling.overdueCorrection') || printed('otherHandling.overdueFee')) return 'subRows';
  return printed('otherHandling') ? 'oneRow' : 'unknown';
}

/** Table 3: its rows, digit runs cut by the row totals, then settled by the column identities and the prose. */
export function readApplications(region: Region, assembler: Assembler, stated: StatedCells, tokens: LineTokens): void {
  const report = assembler.report;
  const shape = otherHandlingShape(region);
  const targets = shape === 'subRows' ? applicationRows(report.edition).filter((target) => target.path !== 'otherHandling') : applicationRows(report.edition);
  const read = readRows(region.lines, targets, applicantColumns, (values, target) => splitSummedRow(values, target.columns, rowTotalHolds), tokens);
  if (read.wrapsShown) assembler.showWraps();
  const { rows, notes } = withOrderReading(
    targets,
    read,
    // over the rows of the shape read (with （六） as one row or as three), so that T3.R2 can be checked
    (table) => [...table.values()].every(rowTotalHolds) && identitiesHold(table, applicationIdentities([...table.keys()]), applicantColumns.length),
    // table 3's groups (（三）不予公开 …) head rows in the label column, not blocks of their own
    () => new Map(),
    rowTotalHolds,
    (shape) => applicationIdentities(shape.map((target) => target.path)),
  );
  notes.forEach((note) => assembler.note(note));
  const found = new Set(rows.map((row) => row.target.path));
  const singleRow = found.has('otherHandling') || (shape === 'oneRow' && ![...found].some((path) => path.startsWith('otherHandling.')));
  if (report.edition === '2021' && singleRow) {
    report.tables.applications.otherHandling = Object.fromEntries(applicantColumns.map((c) => [c.key, null])) as never;
  }
  // （六） as one row is missing too when neither it nor its three rows were found: the print may give either
  const subRowsFound = [...found].some((path) => path.startsWith('otherHandling.'));
  const missing = targets.filter(
    (target) =>
      !found.has(target.path) &&
      !(target.path === 'otherHandling' && report.edition === '2021' && subRowsFound) &&
      !(target.path.startsWith('otherHandling.') && singleRow),
  );
  assignRows(rows, assembler, {
    // over every row of the shape, the missing ones too: an identity with a row not read proves nothing
    identities: applicationIdentities([...found, ...missing.map((target) => target.path)]),
    rowRule: 'T3.R3',
    rowHolds: rowTotalHolds,
    stated,
    why: ['表内勾稽关系不能唯一确定拆分', "the table's identities do not make the split unique"],
  });
  assembler.missing(missing);
}
