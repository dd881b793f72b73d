import type { CellPath } from '@disclosure/core/lite';
import type { Field } from '../layout/layout.ts';
import type { Assembler } from './assembler.ts';
import type { SolvedCell } from './solve-rows.ts';
import type { RowCells } from './split-values.ts';
import type { ValueToken } from './tokens.ts';

/** Readings of one row that OCR doubts may open at most; a row with more is left unread rather than guessed. */
const maxReadings = 4_096;

/** A number as an OCR engine's alternative reading may print it: digits, one decimal point. */
const alternativeNumber = /^(?:0|[1-9]\d*)(?:\.\d+)?$/u;

/**
 * The other values an OCR engine found likely for a cell it read as `value` (from `Field.candidates`, only for a
 * cell whose whole text is the number): each alternative that is a number, other than `value`. Absent when the
 * engine did not doubt the cell.
 */
export function ocrAlternatives(field: Field, word: string, value: number): readonly number[] | undefined {
  if (!field.ocr || !field.candidates?.length || field.text.trim() !== word) return undefined;
  const values = field.candidates.filter((text) => alternativeNumber.test(text)).map(Number);
  const others = [...new Set(values)].filter((other) => other !== value);
  return others.length > 0 ? others : undefined;
}

/**
 * Whether a figure an OCR engine read is doubted for where it stood: read with other text as one line of a page (no
 * grid column), not cell by cell inside a ruled cell. A table the engine did not find — cut off at the page's edge, its
 * last rule gone — is read row by row across its rules, and a digit beside a rule is lost or made (`98` read `8`,
 * `181` read `18`); its figures are left to the identities to prove, and stay unread where none checks them. A
 * field or a token of one.
 */
export function doubtedOutsideCell(read: { readonly ocr?: unknown; readonly column?: number }): boolean {
  return read.ocr !== undefined && read.column === undefined;
}

/**
 * Whether a row read cell by cell needs its OCR reading proven: it holds a cell the engine doubted, or saw ink in and
 * could not read, or cells the engine read that break the row's own check (`holds`) — a misread nobody doubted.
 */
export function needsOcrProof(cells: readonly (ValueToken | null)[], holds: (cells: RowCells) => boolean): boolean {
  if (cells.some((token) => token?.alternatives !== undefined || token?.illegible)) return true;
  return cells.some((token) => token?.ocr) && !holds(cells.map((token) => token?.value ?? null));
}

/** Whether a cell of a row read is empty: no token, or an empty field. */
export function isEmptyCell(token: ValueToken | null): boolean {
  return token === null || token.printed === '';
}

/**
 * Whether a row read by OCR breaks its own check (`holds`) once its empty cells count as nothing, with one of them in
 * a column that is not left blank throughout (`blankColumns`): the engine saw no ink there, yet the row does not
 * balance without a figure — a figure too faint for the scan, as often as a misread one. A column blank in every
 * row is printed blank (a web page's legal-person columns), not lost ink; where the row balances, so is any cell.
 */
export function blankBreaksOcrRow(
  cells: readonly (ValueToken | null)[],
  holds: (cells: RowCells) => boolean,
  blankColumns: ReadonlySet<number> = new Set(),
): boolean {
  if (!cells.some((token) => token?.ocr) || !cells.some((token, i) => isEmptyCell(token) && !blankColumns.has(i))) return false;
  return !holds(cells.map((token) => (isEmptyCell(token) ? 0 : token!.value)));
}

/**
 * A row read by OCR with its empty cells outside `blankColumns` made illegible (unread, not blank) where nothing can
 * show them blank: another cell of the row has no figure (ink the engine could not read, a placeholder), so the row's
 * check cannot tell an empty cell from a figure too faint for the scan. The row as it was otherwise.
 */
export function doubtFaintBlanks(cells: readonly (ValueToken | null)[], blankColumns: ReadonlySet<number>): readonly (ValueToken | null)[] {
  const read = cells.find((token) => token?.ocr);
  if (!read || !cells.some((token) => !isEmptyCell(token) && token!.value === null)) return cells;
  // A cell with no field of its own (placed under a column no figure stood under) is noted at the row's first figure.
  const doubted = (token: ValueToken | null): ValueToken =>
    token ? { ...token, printed: '?', illegible: true } : { kind: 'value', value: null, printed: '?', illegible: true, run: false, place: read.place, line: read.line };
  return cells.map((token, i) => (isEmptyCell(token) && !blankColumns.has(i) ? doubted(token) : token));
}

/**
 * The readings of a row read cell by cell whose OCR doubted some digits: every combination of each doubted cell's
 * reading and its alternatives, kept where the row's own check (`holds`, its total) is satisfied (none, when every
 * one breaks it); `decided` when the check dropped one, or vouched for figures read outside a ruled cell
 * (`doubtedOutsideCell`). `null` when there are more than {@link maxReadings}: then no reading is proven.
 */
export function ocrRowReadings(
  cells: readonly (ValueToken | null)[],
  holds: (cells: RowCells) => boolean,
): { readonly readings: RowCells[]; readonly decided: boolean } | null {
  let readings: (number | null)[][] = [[]];
  for (const token of cells) {
    const values = token ? [token.value, ...(token.alternatives ?? [])] : [null];
    if (readings.length * values.length > maxReadings) return null;
    readings = readings.flatMap((reading) => values.map((value) => [...reading, value]));
  }
  const kept = readings.filter((reading) => holds(reading));
  return { readings: kept, decided: kept.length < readings.length || cells.some((token) => token !== null && doubtedOutsideCell(token)) };
}

/**
 * Sets a row read by OCR once the identities have spoken: a cell the engine did not doubt as printed; a doubted
 * cell proven by the identities as `resolved` (with the readings they excluded), or else unread, `null`, with a
 * diagnostic that shows the engine's reading and its alternatives; a cell with ink the engine could not read, unread. `by`: the rules that decided (the row's own
 * check and the identities the solver used).
 */
export function settleOcrRow(
  paths: readonly CellPath[],
  cells: readonly (ValueToken | null)[],
  solved: readonly SolvedCell[] | null,
  by: readonly string[],
  assembler: Assembler,
): void {
  const open: CellPath[] = [];
  cells.forEach((token, i) => {
    const cell = solved?.[i];
    if (!token) assembler.blank(paths[i]!);
    else if (token.illegible) {
      assembler.unread(paths[i]!, []);
      assembler.ambiguous(
        [paths[i]!],
        token.printed,
        token.place,
        '文字识别未能读出此格：看到字迹而未能识别，或未见字迹而本行不能证明其为空白',
        'OCR read nothing in the cell: it saw ink there, or saw none where its row cannot show it blank',
      );
    } else if (token.alternatives === undefined) assembler.set(paths[i]!, token);
    else if (cell?.proven && cell.value !== null && by.length > 0) {
      const excluded = [token.value, ...token.alternatives].filter((value) => value !== cell.value);
      assembler.resolve(paths[i]!, cell.value, token.place, by, excluded);
    }
    else {
      assembler.unread(paths[i]!, cell && !cell.proven ? cell.candidates : [token.value, ...token.alternatives]);
      open.push(paths[i]!);
    }
  });
  for (const [i, token] of cells.entries()) {
    if (!token?.alternatives || !open.includes(paths[i]!)) continue;
    if (token.alternatives.length === 0) {
      assembler.ambiguous(
        [paths[i]!],
        token.printed,
        token.place,
        `文字识别读作 ${token.printed}，但不是在表格的单元格内单独识别的（与同行文字一起按一行识别，表格线旁的数字可能丢失或多出），勾稽关系未能证实`,
        `OCR read ${token.printed}, but with its row's other text as one line, not alone in a ruled cell (a digit beside a rule may be lost or made), and no identity proves it`,
      );
      continue;
    }
    const shown = [token.value, ...token.alternatives].join('、');
    const shownEn = [token.value, ...token.alternatives].join(', ');
    assembler.ambiguous(
      [paths[i]!],
      token.printed,
      token.place,
      `文字识别读作 ${token.printed}，也可能是 ${token.alternatives.join('、')}；勾稽关系未能在 ${shown} 中确定`,
      `OCR read ${token.printed}, possibly ${token.alternatives.join(', ')}; the identities do not decide among ${shownEn}`,
    );
  }
}

/**
 * Leaves a row read by OCR unread when no reading of it satisfies its own check (`rule`, the row total): some cell
 * was misread, doubted or not, and nothing tells which. Every cell OCR read is `null` with what the engine read (and
 * its alternatives) as candidates; one diagnostic shows the row as read. Cells printed blank stay blank, unless
 * `blanks` says the row breaks its check with them (`blankBreaksOcrRow`): then they are unread too.
 */
export function leaveBrokenOcrRow(
  paths: readonly CellPath[],
  cells: readonly (ValueToken | null)[],
  rule: string,
  assembler: Assembler,
  blanks = false,
): void {
  const unread: CellPath[] = [];
  cells.forEach((token, i) => {
    if (!token && !blanks) return assembler.blank(paths[i]!);
    assembler.unread(paths[i]!, !token || token.value === null ? [] : [token.value, ...(token.alternatives ?? [])]);
    unread.push(paths[i]!);
  });
  const printed = cells.map((token) => token?.printed || '·').join(' ');
  const [zh, en] = blanks
    ? [`空白格按无数值计，文字识别读出的数值不满足 ${rule}：空白格可能有未能识别的淡色数字，或有一格读错`, `with its empty cells as blank, the values OCR read break ${rule}: an empty cell may hold a figure too faint to see, or a cell was misread`]
    : [`文字识别读出的数值不满足 ${rule}，有一格读错而无法确定是哪一格`, `the values OCR read break ${rule}: a cell was misread and nothing tells which`];
  assembler.ambiguous(unread, printed, cells.find(Boolean)?.place, zh, en);
}
