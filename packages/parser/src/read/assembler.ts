import { listCellEntries, listCellPaths, describeCells, setCell, type CellPath, type Diagnostic, type Place, type Report } from '@disclosure/core/lite';
import { dotMayPartThousands } from './dotted-thousands.ts';
import type { CellReading, Coverage } from './cell-reading.ts';
import type { ReadRow } from './read-rows.ts';
import type { RowTarget } from './row-catalogue.ts';
import type { ValueToken } from './tokens.ts';

/** Where each cell was read: its place in the source, by cell path. */
export type SourceMap = Record<CellPath, Place>;

/** How each cell was read, by cell path (cells never reached are absent). */
export type Readings = Record<CellPath, CellReading>;

/** The readings that carry nothing but their kind, shared by every cell read so. */
const direct: CellReading = Object.freeze({ how: 'direct' });
const blank: CellReading = Object.freeze({ how: 'blank' });

/** Puts what was read into the report: cell values with their printed text, places and readings, and notes. */
export class Assembler {
  readonly notes: Diagnostic[] = [];
  readonly sourceMap: SourceMap = {};
  readonly readings: Readings = {};
  #overfull = false;
  #wrapsShown = false;
  /** Rows read by the count of figures one of which may be a wrapped figure's first line, with nothing to vouch for them. */
  readonly #countedWraps: Array<{ readonly paths: readonly CellPath[]; readonly printed: string; readonly place: Place | undefined }> = [];
  constructor(readonly report: Report) {}

  /** Whether some row printed more values than it has cells: a faithful print never does. */
  get overfull(): boolean {
    return this.#overfull;
  }

  /** Notes that a row printed more values than it has cells (see `overfull`). */
  overfill(): void {
    this.#overfull = true;
  }

  /** Whether some table's text read so far shows figures wrapped in narrow cells (`showWraps`). */
  get wrapsShown(): boolean {
    return this.#wrapsShown;
  }

  /** Notes that a table's text shows figures wrapped in narrow cells (`ReadRowsResult.wrapsShown`). */
  showWraps(): void {
    this.#wrapsShown = true;
  }

  /**
   * Notes a row set by the count of its figures in text without places, one of which may be a wrapped figure's first
   * line, that its own total does not vouch for (table 2's have none): its count may hold a wrapped figure's two
   * parts beside a blank that prints nothing. It stands unless some table's text shows wrapped figures
   * (`leaveCountedWrapsUnread`): a real report's row that does not balance keeps its finding.
   */
  countedMaybeWrapped(paths: readonly CellPath[], printed: string, place: Place | undefined): void {
    this.#countedWraps.push({ paths, printed, place });
  }

  /** Withdraws the rows `countedMaybeWrapped` noted when some table's text shows figures wrapped (`showWraps`). */
  leaveCountedWrapsUnread(): void {
    if (!this.#wrapsShown) return;
    for (const { paths, printed, place } of this.#countedWraps) {
      this.withdraw(paths);
      this.ambiguous(
        paths,
        printed,
        place,
        '文中有数值在窄格中折行，本行的数值个数可能含一个数的两部分，未经证实',
        "the text shows figures wrapped in narrow cells: the row's count of figures may hold a figure's two parts, and nothing proves it",
      );
    }
  }

  /**
   * A cell printed under its label and column. A placeholder token reads as blank. A count printed with dots that may
   * part its thousands (`dotMayPartThousands`) is left unread, with the two readings.
   */
  set(path: CellPath, token: ValueToken): void {
    if (dotMayPartThousands(token.printed) && this.#countsIn(path)) {
      const thousands = Number(token.printed.replaceAll('.', ''));
      this.unread(path, [token.value, thousands]);
      this.ambiguous([path], token.printed, token.place, `点可能是千位分隔符（${thousands}），也可能是小数点，本栏为件数`, `its dot may part thousands (${thousands}) or be a decimal point, in a column of counts`);
      return;
    }
    const printed = token.printed !== '' && token.printed !== String(token.value) ? token.printed : undefined;
    setCell(this.report, path, token.value, printed);
    this.sourceMap[path] = token.place;
    this.readings[path] = token.value === null ? blank : direct;
  }

  /** Whether the cell at `path` holds a count (of its report's shape as read so far). */
  #countsIn(path: CellPath): boolean {
    const unit = listCellEntries(this.report).find((entry) => entry.path === path)?.column.unit;
    return unit === 'count' || unit === 'signedCount';
  }

  /** A cell whose column is known to print nothing (its position is empty under a located header). */
  blank(path: CellPath): void {
    this.readings[path] = blank;
  }

  /** A cell whose value was chosen among several readings of the print; `by` names what chose it. */
  resolve(path: CellPath, value: number | null, place: Place, by: readonly string[], excluded: readonly (number | null)[]): void {
    setCell(this.report, path, value);
    this.sourceMap[path] = place;
    this.readings[path] =
      value === null ? blank : by.length === 0 ? direct : { how: 'resolved', by, excluded };
  }

  /** A cell left unread, with the values its print allows. */
  unread(path: CellPath, candidates: readonly (number | null)[]): void {
    this.readings[path] = { how: 'unread', candidates };
  }

  /** Cells read, then found unproven by what was learnt after: each left empty and unread (with the values it may have), without its place. */
  withdraw(paths: readonly CellPath[], candidates: readonly (number | null)[] = []): void {
    for (const path of paths) {
      setCell(this.report, path, null);
      delete this.sourceMap[path];
      this.unread(path, candidates);
    }
  }

  note(diagnostic: Diagnostic): void {
    this.notes.push(diagnostic);
  }

  /** Notes a row read from a misprinted label. */
  rowNotes(row: ReadRow, place: Place | undefined): void {
    if (row.distance > 0) {
      this.note({
        rule: 'parser/label-variant',
        severity: 'info',
        status: 'fail',
        message: `行标签与标准不同，按“${row.label}”读取`,
        messageEn: `Row label differs from the format's; read as “${row.label}”`,
        paths: row.target.paths,
        ...(place ? { place } : {}),
      });
    }
  }

  ambiguous(paths: readonly CellPath[], printed: string, place: Place | undefined, why: string, whyEn: string): void {
    this.note({
      rule: 'parser/ambiguous-row',
      severity: 'warning',
      status: 'fail',
      message: `“${printed}”无法唯一确定各栏数值（${why}），未读取的单元格保持为空`,
      messageEn: `“${printed}” cannot be read into cells uniquely (${whyEn}); the unread cells are left empty`,
      paths: [...paths],
      ...(place ? { place } : {}),
    });
  }

  missing(targets: readonly RowTarget[]): void {
    if (targets.length === 0) return;
    // A row's path with its table (`applications.granted`): its first cell's path without the column.
    const rows = targets.map((target) => target.paths[0]!.split('.').slice(0, -1).join('.'));
    this.note({
      rule: 'parser/missing-row',
      severity: 'warning',
      status: 'notAssessable',
      message: `未找到以下行：${describeCells(rows, 'zh')}`,
      messageEn: `Rows not found: ${describeCells(rows, 'en')}`,
      paths: targets.flatMap((target) => target.paths),
    });
  }

  /** The coverage of the report's cells: read, printed blank, or unread. */
  coverage(): Coverage {
    let read = 0;
    let blank = 0;
    const unreadPaths: CellPath[] = [];
    const paths = listCellPaths(this.report);
    for (const path of paths) {
      const reading = this.readings[path];
      if (reading?.how === 'direct' || reading?.how === 'resolved') read++;
      else if (reading?.how === 'blank') blank++;
      else unreadPaths.push(path);
    }
    return { cells: paths.length, read, blank, unread: unreadPaths.length, unreadPaths, complete: unreadPaths.length === 0 };
  }
}
