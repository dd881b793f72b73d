import { createEmptyReport, getCell, listCellPaths, type CellPath, type Diagnostic, type Report, type SectionKey } from '@disclosure/core/lite';
import { Budget, runWithin, spendBudget } from '../budget.ts';
import { ParseError } from '../errors.ts';
import type { Line } from '../layout/layout.ts';
import { Assembler } from './assembler.ts';
import { lineText } from './line-text.ts';
import type { PageCandidates } from './page-numbers.ts';

/** The most readings of a table, one per way its uncertain page numbers may fall, before it is left unread whole. */
export const maxPageHypotheses = 64;
/** The most ways looked at for those readings: a bound on the work of a hostile text. */
const maxWays = 4096;
/**
 * The most units of work (see `Budget`) all the readings of every way may take, beyond which the tables not yet read
 * every way are left unread: a few ordinary readings of a table each, so that a text whose tables are slow to read
 * (a search over many cuts) is not read dozens of times over.
 */
export const maxWorkOfWays = 2_000_000;

/** Reads one table's lines into an assembler. */
export type ReadTable = (key: SectionKey, lines: readonly Line[], assembler: Assembler) => void;

/** A table to read: its section's key and its lines. */
export interface TableLines {
  readonly key: SectionKey;
  readonly lines: readonly Line[];
}

/** What one reading of a table gives a cell: its value, or that the reading left it unread. */
type Outcome = number | null | 'unread';

function outcomeOf(assembler: Assembler, path: CellPath): Outcome {
  const how = assembler.readings[path]?.how;
  return how === 'direct' || how === 'resolved' || how === 'blank' ? (getCell(assembler.report, path) ?? null) : 'unread';
}

/** One way the page numbers may fall in a table: for each page (by its index in `uncertain`), the line that prints its number here, or `null`. */
type Way = ReadonlyMap<number, Line | null>;

/** The lines a way takes for page numbers. */
const droppedBy = (way: Way): ReadonlySet<Line | null> => new Set(way.values());

/**
 * The ways the page numbers may fall in a table's lines: for each page, one of its lines here, or none (`null`) where
 * its number may stand in another table or nowhere — never for a page `elsewhere` says prints its number in another
 * table. Pages follow each other, so their lines do too. `null` when there are more than `maxPageHypotheses` ways, or
 * too many to look at.
 */
function waysOf(lines: readonly Line[], uncertain: readonly PageCandidates[], elsewhere: ReadonlySet<number>): Way[] | null {
  const position = new Map(lines.map((line, i) => [line, i]));
  const choices = uncertain.flatMap((page, index) => {
    const here = page.lines.filter((line) => position.has(line));
    if (here.length === 0) return [];
    const options = elsewhere.has(index) ? [null] : [...(!page.one || here.length < page.lines.length ? [null] : []), ...here];
    return [{ index, options }];
  });
  const product = choices.reduce((count, choice) => count * choice.options.length, 1);
  if (product > maxWays) return null;
  const ways: Way[] = [];
  for (let way = 0; way < product; way++) {
    let rest = way;
    const picks = choices.map((choice): [number, Line | null] => {
      const pick = choice.options[rest % choice.options.length]!;
      rest = Math.floor(rest / choice.options.length);
      return [choice.index, pick];
    });
    const placed = picks.flatMap(([, line]) => (line ? [position.get(line)!] : []));
    if (placed.some((at, i) => i > 0 && at < placed[i - 1]!)) continue;
    ways.push(new Map(picks));
    if (ways.length > maxPageHypotheses) return null;
  }
  return ways;
}

/** A table read every way its page numbers may fall; `left` are the readings that count (see `readTablesEveryWay`). */
interface TableReadings {
  readonly table: TableLines;
  /** False when there were too many ways: the table is then left unread. */
  readonly within: boolean;
  readonly left: ReadonlyArray<{ readonly way: Way; readonly scratch: Assembler }>;
}

function readEveryWay(table: TableLines, uncertain: readonly PageCandidates[], elsewhere: ReadonlySet<number>, readTable: ReadTable, edition: Report['edition'], meter: Budget): TableReadings {
  const ways = waysOf(table.lines, uncertain, elsewhere);
  if (ways === null || ways.length === 0) return { table, within: false, left: [] };
  const readings: Array<{ way: Way; scratch: Assembler }> = [];
  try {
    for (const way of ways) {
      const scratch = new Assembler(createEmptyReport(edition) as Report);
      const dropped = droppedBy(way);
      runWithin(meter, () => readTable(table.key, table.lines.filter((line) => !dropped.has(line)), scratch));
      readings.push({ way, scratch });
    }
  } catch (error) {
    if (error instanceof ParseError && error.code === 'TOO_COMPLEX') return { table, within: false, left: [] };
    throw error;
  }
  const faithful = readings.filter((reading) => !reading.scratch.overfull);
  return { table, within: true, left: faithful.length > 0 ? faithful : readings };
}

/**
 * Takes back the findings (a rule proven broken from the print, not a `parser/` note) the first way's reading noted
 * since `from` that some other way's reading does not note: with the page numbers elsewhere the table balances, so
 * the print proves nothing (its cells that differ are left unread).
 */
function keepFindingsOfEveryWay(assembler: Assembler, from: number, scratches: readonly Assembler[]): void {
  const everyWay = (finding: Diagnostic) => scratches.every((scratch) => scratch.notes.some((note) => note.rule === finding.rule && note.status === finding.status));
  const added = assembler.notes.splice(from);
  assembler.notes.push(...added.filter((note) => note.rule.startsWith('parser/') || note.status !== 'fail' || everyWay(note)));
}

/**
 * Reads the tables, which hold lines that may be a page's number or one of their cells (`uncertain`, see
 * `barePageNumbers`), once for every way the page numbers may fall in each (see `waysOf`). A way that leaves a row
 * more values than it has cells (`Assembler.overfull`) is no faithful print and is set aside, unless every way does.
 * When every way left in one table prints a page's number there, the other tables are read again with that page's
 * lines as cells. Each table's first way left is read into `assembler`, and a cell keeps that reading only when every
 * way left reads it alike; the others are left unread with the values they may have, and a warning. Too many ways
 * (or more work than `maxWorkOfWays` over them all) leave the table unread.
 */
export function readTablesEveryWay(tables: readonly TableLines[], uncertain: readonly PageCandidates[], readTable: ReadTable, assembler: Assembler): void {
  if (uncertain.length === 0) {
    for (const table of tables) readTable(table.key, table.lines, assembler);
    return;
  }
  const lines = new Set(tables.flatMap((table) => table.lines));
  const held = new Set(uncertain.flatMap((page) => page.lines).filter((line) => lines.has(line)));
  const holding = tables.filter((table) => table.lines.some((line) => held.has(line)));
  const edition = assembler.report.edition;
  // the work of every way's reading, counted apart and charged to the read under way once done
  const meter = new Budget({ maxSteps: maxWorkOfWays, timeoutMs: Infinity });
  let read = holding.map((table) => readEveryWay(table, uncertain, new Set(), readTable, edition, meter));
  // a page every way left in one table prints there prints nowhere else
  const placed = (readings: TableReadings, page: number) => readings.within && readings.left.every((reading) => (reading.way.get(page) ?? null) !== null);
  const elsewhere = (table: TableLines) =>
    new Set(uncertain.flatMap((_, page) => (read.some((other) => other.table !== table && placed(other, page)) ? [page] : [])));
  read = read.map((readings) => {
    const others = elsewhere(readings.table);
    return others.size > 0 ? readEveryWay(readings.table, uncertain, others, readTable, edition, meter) : readings;
  });
  spendBudget(meter.spent);
  const unproven: CellPath[] = [];
  for (const table of tables) {
    const readings = read.find((readings) => readings.table === table);
    if (!readings) {
      readTable(table.key, table.lines, assembler);
      continue;
    }
    const { within, left } = readings;
    const dropped = within ? droppedBy(left[0]!.way) : new Set<Line | null>();
    const noted = assembler.notes.length;
    readTable(table.key, table.lines.filter((line) => !dropped.has(line)), assembler);
    keepFindingsOfEveryWay(assembler, noted, within ? left.map((reading) => reading.scratch) : []);
    for (const path of listCellPaths(assembler.report).filter((path) => path.startsWith(`${table.key}.`))) {
      const outcomes = new Set(left.map((reading) => outcomeOf(reading.scratch, path)));
      if (within && outcomes.size === 1) continue;
      assembler.withdraw([path], [...outcomes].filter((value): value is number | null => value !== 'unread'));
      unproven.push(path);
    }
  }
  if (unproven.length === 0) return;
  const example = [...held][0]!;
  assembler.note({
    rule: 'parser/page-number',
    severity: 'warning',
    status: 'fail',
    message: `表格中单独成行的数字（如“${lineText(example).trim()}”）可能是页码，也可能是单元格的数，按各种读法结果不同的单元格未读取`,
    messageEn: `A figure alone on its line in a table (such as “${lineText(example).trim()}”) may be a page number or a cell's; the cells it reads differently either way are left unread`,
    paths: unproven,
    place: example.place,
  });
}
