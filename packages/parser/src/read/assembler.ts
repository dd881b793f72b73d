import { setCell, type CellPath, type Diagnostic, type Place, type Report } from '@disclosure/core';
import type { ReadRow } from './read-rows.ts';
import type { RowTarget } from './row-catalogue.ts';
import type { ValueToken } from './tokens.ts';

/** Where each cell was read: its place in the source, by cell path. */
export type SourceMap = Record<CellPath, Place>;

/** Puts what was read into the report: cell values with their printed text and places, and the reader's notes. */
export class Assembler {
  readonly notes: Diagnostic[] = [];
  readonly sourceMap: SourceMap = {};
  constructor(readonly report: Report) {}

  set(path: CellPath, token: ValueToken | null): void {
    if (!token) return;
    const printed = token.printed !== '' && token.printed !== String(token.value) ? token.printed : undefined;
    setCell(this.report, path, token.value, printed);
    this.sourceMap[path] = token.place;
  }

  /** Cells cut out of one run of digits: no printed text of their own, each placed at its digits in the run. */
  setSplit(paths: readonly CellPath[], token: ValueToken, values: readonly number[]): void {
    let offset = 0;
    values.forEach((value, i) => {
      setCell(this.report, paths[i]!, value);
      const place = token.place;
      this.sourceMap[paths[i]!] = place.kind === 'text' ? { ...place, column: place.column + offset } : place;
      offset += String(value).length;
    });
  }

  note(diagnostic: Diagnostic): void {
    this.notes.push(diagnostic);
  }

  /** Notes a row read from a misprinted label, and a row whose reading was not unique. */
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

  ambiguous(target: RowTarget, printed: string, place: Place | undefined, why: string, whyEn: string): void {
    this.note({
      rule: 'parser/ambiguous-row',
      severity: 'warning',
      status: 'fail',
      message: `“${printed}”无法唯一确定各栏数值（${why}），该行未读取`,
      messageEn: `“${printed}” cannot be read into cells uniquely (${whyEn}); the row is left unread`,
      paths: target.paths,
      ...(place ? { place } : {}),
    });
  }

  missing(targets: readonly RowTarget[]): void {
    if (targets.length === 0) return;
    this.note({
      rule: 'parser/missing-row',
      severity: 'warning',
      status: 'notAssessable',
      message: `未找到以下行：${targets.map((t) => t.path).join('、')}`,
      messageEn: `Rows not found: ${targets.map((t) => t.path).join(', ')}`,
      paths: targets.flatMap((target) => target.paths),
    });
  }
}
