import type { CellPath, Place } from '@disclosure/core/lite';
import type { Assembler } from './assembler.ts';
import { blankBreaksOcrRow, doubtedOutsideCell, doubtFaintBlanks, isEmptyCell, leaveBrokenOcrRow, needsOcrProof, ocrRowReadings, settleOcrRow } from './ocr-alternatives.ts';
import { tokensOf, type ReadRow } from './read-rows.ts';
import { solveRows, type ColumnIdentity, type RowDomain, type SolvedCell } from './solve-rows.ts';
import { settleByStated } from './settle-by-stated.ts';
import { admitsFewerCells, type RowCells } from './split-values.ts';
import type { StatedCells } from './stated-cells.ts';
import type { ValueToken } from './tokens.ts';
import { everyOrder } from './every-order.ts';
import { breaksEveryCut, brokenInEveryOrder, unbalancedPrintNote } from './unbalanced-print.ts';
import { mayBeWrapped, withoutPlaces } from './text-wraps.ts';

/** What a table's reader knows besides the print: its identities, and figures the report's prose states. */
export interface TableEvidence {
  /** Identities across rows, column by column (table 3's T3.R1 and T3.R2). */
  readonly identities: readonly ColumnIdentity[];
  /** The rule each row's own check stands for (table 3's row total, T3.R3), said when it decided a cut. */
  readonly rowRule: 'T3.R3' | null;
  /** The row's own check on complete cells (the row total); `true` where the table has none. */
  readonly rowHolds: (cells: readonly (number | null)[]) => boolean;
  /** Figures stated outside the table (the prose, last year's report), by cell path: a reading that disagrees with all of them is dropped last. */
  readonly stated: StatedCells;
  /** Why a row's reading is not unique, for the diagnostic (zh, en). */
  readonly why: readonly [string, string];
}

/** Cut rows shown in a diagnostic at most. */
const shownReadings = 4;

/** The place of each cell of a reading: the token it was cut from, shifted to its digits in a run. */
function placesOf(tokens: readonly ValueToken[], cells: RowCells): Place[] {
  const places: Place[] = [];
  let cell = 0;
  for (const token of tokens) {
    if (!token.run) {
      places.push(token.place);
      cell++;
      continue;
    }
    let offset = 0;
    const length = token.printed.length;
    do {
      const place = token.place;
      places.push(place.kind === 'text' ? { ...place, column: place.column + offset } : place);
      offset += String(cells[cell] ?? '').length;
      cell++;
    } while (offset < length && cell < cells.length);
  }
  return places;
}

/** The place of each cell of a row read as turns of its values: the token of a turn that gives every proven cell. */
function turnedPlaces(turns: readonly (readonly ValueToken[])[], solved: readonly SolvedCell[]): Place[] {
  const turn = turns.find((tokens) => solved.every((cell, i) => !cell.proven || tokens[i]!.value === cell.value)) ?? turns[0]!;
  return turn.map((token) => token.place);
}

/** A row's readings for a diagnostic (`3/0/3；0/3/3`), the first few; `shownEn` in English. */
export function shown(candidates: readonly RowCells[]): string {
  const list = candidates.slice(0, shownReadings).map((cells) => cells.map((value) => value ?? '—').join('/'));
  return list.join('；') + (candidates.length > shownReadings ? `；…（共 ${candidates.length} 种）` : '');
}

export function shownEn(candidates: readonly RowCells[]): string {
  const list = candidates.slice(0, shownReadings).map((cells) => cells.map((value) => value ?? '—').join('/'));
  return list.join('; ') + (candidates.length > shownReadings ? `; … (${candidates.length} in all)` : '');
}

/**
 * Whether the order of a row's values is the order of its columns: true when the source placed them all (a grid, a
 * page position) or printed them on one line. Values on lines of their own (text copied out of a PDF viewer)
 * come in the order the PDF drew them, which is not always left to right: such a row is kept only when its own
 * identity holds. So is a grid row joined by a value from a line outside the grid (a bare page number between the
 * header and the row).
 */
export function trustsOrder(tokens: readonly (ValueToken | null)[]): boolean {
  const printed = tokens.filter((token): token is ValueToken => token !== null && token.printed !== '');
  if (printed.every((token) => token.column !== undefined || token.x !== undefined)) return true;
  return new Set(printed.map((token) => token.line)).size <= 1;
}

/**
 * The sum of a row's other cells when its total, printed as a figure in text without places, is that sum cut short:
 * its digits the sum's first ones (`471` for 4713). LibreOffice prints a table wider than the page with its last column
 * past the margin, and a PDF's text keeps only the digits inside it; such a total is no proof the row does not
 * balance, nor a cell. `null` for any other row.
 */
function totalCutShort(cells: readonly (ValueToken | null)[], evidence: TableEvidence): number | null {
  const total = cells.at(-1);
  if (!total || total.value === null || cells.some((token) => token === null || token.value === null) || !withoutPlaces(cells as ValueToken[])) return null;
  const values = cells.map((token) => token!.value);
  if (evidence.rowHolds(values)) return null;
  const sum = values.slice(0, -1).reduce<number>((all, value) => all + value!, 0);
  return printsCutShort(total.printed, sum) ? sum : null;
}

/** Whether a figure printed `printed` may be `sum` cut short at the page's margin: its digits the sum's first ones. */
function printsCutShort(printed: string, sum: number): boolean {
  const digits = String(sum);
  return /^\d+$/u.test(printed) && digits.length > printed.length && digits.startsWith(printed);
}

/** Whether some figure of a row's, in whatever order, may be its total cut short (`totalCutShort`): the others' sum begins with it. */
function someTotalCutShort(tokens: readonly ValueToken[]): boolean {
  const all = tokens.reduce((sum, token) => sum + (token.value ?? 0), 0);
  return tokens.some((token) => token.value !== null && printsCutShort(token.printed, all - token.value));
}

/**
 * Whether a row's own check vouches for the order of values it printed on several lines (a PDF viewer's text gives
 * them in the order the PDF drew them: a figure wrapped in its cell stands higher and comes first): only a check
 * made, on every cell — a blank leaves the row total unchecked, and the order unproven. A table whose rows have no
 * check of their own (table 2) vouches for any order.
 */
function provesOrder(cells: readonly (number | null)[], evidence: TableEvidence): boolean {
  return evidence.rowRule === null ? evidence.rowHolds(cells) : cells.every((value) => value !== null) && evidence.rowHolds(cells);
}

/**
 * Whether a row read by the count of its figures, where one may be a wrapped figure's first line (`ReadRow.wraps`),
 * has its own total (T3.R3) vouch for it: printed and the sum of its other cells, blanks counted as nothing — a
 * wrapped figure's parts counted as two cells beside a blank break it but by chance. Table 2's rows have none.
 */
function totalVouches(cells: readonly (ValueToken | null)[], evidence: TableEvidence): boolean {
  if (!evidence.rowRule) return false;
  const values = cells.map((token) => token?.value ?? null);
  const total = values.at(-1);
  return total !== null && total !== undefined && values.slice(0, -1).reduce<number>((sum, value) => sum + (value ?? 0), 0) === total;
}

/**
 * Whether the table's identities vouch for a cut row that a dropped blank could also explain: every identity the
 * row takes part in is assessable (each of its rows read, none blank) and at least one combination of readings
 * satisfies them all. A wrong cut that balances every column of every identity by chance is not a risk worth
 * a number; a cut no identity checks is.
 */
function provenByTable(key: string, group: readonly RowDomain[], evidence: TableEvidence, solutions: number): boolean {
  const involved = evidence.identities.filter((identity) => identity.plus.includes(key) || identity.minus.includes(key));
  if (involved.length === 0 || solutions === 0) return false;
  return involved.every((identity) =>
    [...identity.plus, ...identity.minus].every((path) => {
      const domain = group.find((d) => d.key === path);
      return domain !== undefined && domain.candidates.every((cells) => cells.every((value) => value !== null));
    }),
  );
}

/** The cells of a row that nothing but the print vouches for, left open unless stated figures settled them. */
function unproven(candidates: readonly RowCells[], solved: readonly SolvedCell[], byStated: boolean): SolvedCell[] {
  if (byStated && solved.every((cell) => cell.proven)) return [...solved];
  return solved.map((cell, i): SolvedCell => ({ proven: false, candidates: [...new Set(candidates.map((cells) => cells[i] ?? null))] }));
}

/**
 * Keeps the readings that agree with the stated figures wherever a cell has some; all of them if none does. Says
 * what stated them (`prose`, `previousYear`).
 */
function agreeingWithStated(
  candidates: readonly RowCells[],
  paths: readonly CellPath[],
  stated: StatedCells,
): { kept: RowCells[]; by: string[] } | null {
  const checks = paths.flatMap((path, column) => {
    const cell = stated.get(path);
    return cell ? [{ column, cell }] : [];
  });
  if (checks.length === 0) return null;
  const kept = candidates.filter((cells) => checks.every(({ column, cell }) => cell.values.includes(cells[column] as number)));
  if (kept.length === 0 || kept.length === candidates.length) return null;
  return { kept, by: [...new Set(checks.map(({ cell }) => cell.by))] };
}

/** The columns that every row read cell by cell leaves empty (two rows or more): columns printed blank. */
function columnsBlankThroughout(rows: readonly ReadRow[]): Set<number> {
  const read = rows.flatMap((row) => (row.reading.kind === 'cells' ? [row.reading.cells] : []));
  const width = read[0]?.length ?? 0;
  const blank = new Set<number>();
  if (read.length < 2) return blank;
  for (let i = 0; i < width; i++) if (read.every((cells) => isEmptyCell(cells[i] ?? null))) blank.add(i);
  return blank;
}

/**
 * Puts a table's rows into the report. Rows read cell by cell are set as printed. Rows whose digits ran together
 * have several readings; the identities choose among them (`solveRows`), and where they leave a cell open, the
 * figures the prose states for that row choose among what is left. A cell is set only when one value remains;
 * every other cell stays `null`, named in a diagnostic with the readings still possible.
 */
export function assignRows(rows: readonly ReadRow[], assembler: Assembler, evidence: TableEvidence): void {
  const blankColumns = evidence.rowRule ? columnsBlankThroughout(rows) : new Set<number>();
  const domains: RowDomain[] = [];
  const cut = new Map<string, { row: ReadRow; tokens: readonly ValueToken[]; pruned: boolean; blanksPossible: boolean }>();
  // Rows of figures on lines of their own that balance in no order of them, with every order.
  const unbalanced: Array<{ row: ReadRow; tokens: readonly ValueToken[]; orders: readonly RowCells[] }> = [];
  // Rows read cell by cell whose OCR doubted a digit: the identities choose among the engine's alternatives.
  const doubted = new Map<string, { row: ReadRow; cells: readonly (ValueToken | null)[]; by: readonly string[] }>();
  for (const row of rows) {
    const reading = row.reading.kind === 'cells' && evidence.rowRule ? { ...row.reading, cells: doubtFaintBlanks(row.reading.cells, blankColumns) } : row.reading;
    const paths = row.target.paths;
    if (reading.kind === 'cells' && evidence.rowRule && blankBreaksOcrRow(reading.cells, evidence.rowHolds, blankColumns)) {
      leaveBrokenOcrRow(paths, reading.cells, evidence.rowRule, assembler, true);
      assembler.rowNotes(row, reading.cells.find(Boolean)?.place);
    } else if (reading.kind === 'cells' && needsOcrProof(reading.cells, evidence.rowHolds)) {
      const open = ocrRowReadings(reading.cells, evidence.rowHolds);
      // A row with no proven reading stays out of the identities: with a row not read, they prove nothing.
      if (open && open.readings.length > 0) {
        doubted.set(row.target.path, { row, cells: reading.cells, by: open.decided && evidence.rowRule ? [evidence.rowRule] : [] });
        domains.push({ key: row.target.path, candidates: open.readings });
      } else if (open && evidence.rowRule) leaveBrokenOcrRow(paths, reading.cells, evidence.rowRule, assembler);
      else settleOcrRow(paths, reading.cells, null, [], assembler);
      assembler.rowNotes(row, reading.cells.find(Boolean)?.place);
    } else if (reading.kind === 'cells' && row.wraps === 'shown' && !totalVouches(reading.cells, evidence)) {
      const tokens = tokensOf(reading);
      const why = evidence.rowRule ? ` ${evidence.rowRule}` : '';
      assembler.ambiguous(
        paths,
        tokens.map((t) => t.printed).join(' '),
        tokens[0]?.place,
        `文中有数值在窄格中折行，本行的数值个数可能含一个数的两部分，未经本行勾稽关系${why}证实`,
        `the text shows figures wrapped in narrow cells: the row's count of figures may hold a figure's two parts, and its own identity${why} does not prove it`,
      );
      paths.forEach((path) => assembler.unread(path, []));
    } else if (reading.kind === 'cells' && !trustsOrder(reading.cells) && !provesOrder(reading.cells.map((token) => token?.value ?? null), evidence)) {
      const tokens = tokensOf(reading);
      const [zh, en] = evidence.rowRule ? [`各值分行印出，其顺序不满足 ${evidence.rowRule}`, `its values stand on lines of their own and in this order break ${evidence.rowRule}`] : ['', ''];
      assembler.ambiguous(paths, tokens.map((t) => t.printed).join(' '), tokens[0]?.place, zh, en);
      paths.forEach((path) => assembler.unread(path, []));
      const orders = everyOrder(reading.cells);
      if (orders && !orders.some((cells) => evidence.rowHolds(cells))) unbalanced.push({ row, tokens, orders });
    } else if (reading.kind === 'cells') {
      const cut = evidence.rowRule ? totalCutShort(reading.cells, evidence) : null;
      if (cut) {
        const total = reading.cells.at(-1)!;
        assembler.ambiguous(
          [paths.at(-1)!],
          total.printed,
          total.place,
          `总计印为 ${total.printed}，而本行其他各栏之和 ${cut} 以它开头：可能在页边被截断`,
          `the total prints ${total.printed} and the row's other cells sum to ${cut}, which starts with it: it may be cut at the page's margin`,
        );
      }
      reading.cells.forEach((token, i) => {
        if (cut && i === reading.cells.length - 1) assembler.unread(paths[i]!, [cut]);
        else if (!token) assembler.blank(paths[i]!);
        else if (row.by && token.value !== null) {
          assembler.resolve(paths[i]!, token.value, token.place, [...row.by, ...evidence.identities.map((identity) => identity.rule), ...(evidence.rowRule ? [evidence.rowRule] : [])], []);
        } else assembler.set(paths[i]!, token);
      });
      domains.push({ key: row.target.path, candidates: [reading.cells.map((token, i) => (cut && i === reading.cells.length - 1 ? null : (token?.value ?? null)))] });
      assembler.rowNotes(row, reading.cells.find(Boolean)?.place);
      // where no table's text shows wrapped figures, such a row stands (see `Assembler.countedMaybeWrapped`)
      if (row.wraps === 'possible' && !totalVouches(reading.cells, evidence)) {
        const tokens = tokensOf(reading);
        assembler.countedMaybeWrapped(paths, tokens.map((t) => t.printed).join(' '), tokens[0]?.place);
      }
    } else if (reading.kind === 'split' && reading.splits.complete && reading.splits.candidates.length > 0) {
      domains.push({ key: row.target.path, candidates: reading.splits.candidates });
      cut.set(row.target.path, {
        row,
        tokens: reading.tokens,
        pruned: reading.splits.pruned,
        // a cut of figures in text that wraps them may stand for a wrapped figure beside a blank, as for a dropped blank;
        // one of figures OCR read outside a ruled cell may have lost or made a digit: the table's identities must vouch
        blanksPossible: admitsFewerCells(reading.tokens, row.target.columns.length) || row.wraps === 'shown' || reading.tokens.some(doubtedOutsideCell),
      });
      assembler.rowNotes(row, reading.tokens[0]?.place);
    } else {
      const tokens = reading.tokens;
      const why: readonly [string, string] =
        reading.kind === 'split'
          ? ['没有符合本行勾稽关系的拆分', 'no cut of the digits satisfies the row']
          : (reading.why ?? ['数值个数与栏目不符', 'the number of values does not fit the columns']);
      assembler.ambiguous(paths, tokens.map((t) => t.printed).join(' '), tokens[0]?.place, why[0], why[1]);
      paths.forEach((path) => assembler.unread(path, []));
      if (tokens.length > paths.length) assembler.overfill();
      // A row on one line whose digits break its total under every cut: the published row does not balance.
      // (Not in text without places where a figure may be wrapped: `596 00` may be 59600 beside a blank.)
      const wrapped = tokens.length > 1 && withoutPlaces(tokens) && mayBeWrapped(tokens);
      if (reading.kind === 'split' && evidence.rowRule && trustsOrder(tokens) && !wrapped && breaksEveryCut(tokens, reading.splits, paths.length)) {
        assembler.note(unbalancedPrintNote(evidence.rowRule, paths, tokens.map((t) => t.printed).join(' '), tokens[0]?.place));
      }
    }
  }
  // The rules such a row breaks however its figures are read, when a column identity, with every other row of it read,
  // is broken in every order too: its own total alone would prove nothing of figures that may not all be its cells (a
  // wrapped figure's two parts beside a blank that prints nothing). Nor where its count of figures may hold a wrapped
  // figure's parts and some table's text shows figures wrapped (as for a row read by that count), or where a figure
  // may be its total cut short at the page's margin.
  for (const { row, tokens, orders } of unbalanced) {
    if (!evidence.rowRule || (assembler.wrapsShown && mayBeWrapped(tokens)) || someTotalCutShort(tokens)) continue;
    const broken = brokenInEveryOrder(row.target.path, orders, domains, evidence.identities);
    if (broken.length === 0) continue;
    const printed = tokens.map((t) => t.printed).join(' ');
    for (const rule of [evidence.rowRule, ...broken]) assembler.note(unbalancedPrintNote(rule, row.target.paths, printed, tokens[0]?.place));
  }
  if (cut.size === 0 && doubted.size === 0) return;
  const widths = new Set(domains.map((domain) => domain.candidates[0]!.length));
  // Rows of different widths (table 2) share no identity: each is solved alone.
  const groups = widths.size === 1 && evidence.identities.length > 0 ? [domains] : domains.map((domain) => [domain]);
  for (const group of groups) {
    if (!group.some((domain) => cut.has(domain.key) || doubted.has(domain.key))) continue;
    const width = group[0]!.candidates[0]!.length;
    const first = solveRows(group, evidence.identities, width);
    // Where the identities leave a cut row open, the figures stated for it (prose, last year's report) narrow its
    // readings; the whole group is then solved again, so that a row they settle settles its partners too.
    const narrowed = new Map<string, RowCells[]>();
    const statedBy = new Set<string>();
    for (const domain of group) {
      const entry = cut.get(domain.key);
      if (!entry || first.rows.get(domain.key)!.every((cell) => cell.proven)) continue;
      const agreeing = agreeingWithStated(domain.candidates, entry.row.target.paths, evidence.stated);
      if (!agreeing) continue;
      narrowed.set(domain.key, agreeing.kept);
      agreeing.by.forEach((by) => statedBy.add(by));
    }
    const second =
      narrowed.size > 0 ? solveRows(group.map((d) => ({ key: d.key, candidates: narrowed.get(d.key) ?? d.candidates })), evidence.identities, width) : null;
    for (const domain of group) {
      const ocr = doubted.get(domain.key);
      if (ocr) settleOcrRow(ocr.row.target.paths, ocr.cells, first.rows.get(domain.key)!, [...ocr.by, ...first.rules], assembler);
      const entry = cut.get(domain.key);
      if (!entry) continue;
      let solved = first.rows.get(domain.key)!;
      let by = first.rules;
      let byStated = false;
      if (second && solved.some((cell) => !cell.proven)) {
        solved = settleByStated(solved, second.rows.get(domain.key)!, domain.candidates).cells;
        by = [...by, ...second.rules, ...statedBy];
        byStated = true;
      }
      if (entry.blanksPossible && !provenByTable(domain.key, group, evidence, first.count)) solved = unproven(domain.candidates, solved, byStated);
      const rowBy = [...(entry.row.by ?? []), ...(entry.pruned && evidence.rowRule ? [evidence.rowRule] : [])];
      settleRow(entry.row, entry.tokens, domain.candidates, solved, { row: rowBy, table: [...new Set([...rowBy, ...by])] }, assembler, evidence);
    }
  }
}

/** Sets a cut row's proven cells and names the rest. `by.row`: what decided the cut alone; `by.table`: with the identities. */
function settleRow(
  row: ReadRow,
  tokens: readonly ValueToken[],
  candidates: readonly RowCells[],
  solved: readonly SolvedCell[],
  by: { readonly row: readonly string[]; readonly table: readonly string[] },
  assembler: Assembler,
  evidence: TableEvidence,
): void {
  const paths = row.target.paths;
  const places = row.reading.kind === 'split' && row.reading.turns ? turnedPlaces(row.reading.turns, solved) : placesOf(tokens, candidates[0]!);
  const open: CellPath[] = [];
  solved.forEach((cell, i) => {
    const place = places[i] ?? tokens[0]!.place;
    if (cell.proven) assembler.resolve(paths[i]!, cell.value, place, cell.excluded.length > 0 ? by.table : by.row, cell.excluded);
    else {
      assembler.unread(paths[i]!, cell.candidates);
      open.push(paths[i]!);
    }
  });
  if (open.length > 0) {
    assembler.ambiguous(
      open,
      tokens.map((t) => t.printed).join(' '),
      tokens[0]?.place,
      `${evidence.why[0]}；可能的读法：${shown(candidates)}`,
      `${evidence.why[1]}; possible readings: ${shownEn(candidates)}`,
    );
  }
}
