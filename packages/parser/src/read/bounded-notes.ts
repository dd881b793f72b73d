import type { Diagnostic, Place } from '@disclosure/core/lite';

/** How many notes of one rule that name no cell are listed one by one; the rest are counted in one note. */
export const listedPerRule = 20;

/** How the notes of one rule that name no cell stand: how many were listed, and those left out. */
interface RuleCount {
  readonly severity: Diagnostic['severity'];
  readonly status: Diagnostic['status'];
  listed: number;
  omitted: number;
  /** Where the first note left out stands. */
  firstOmitted?: Place | undefined;
}

/**
 * A reader's notes, bounded: notes that name cells are kept (there are at most as many as cells), while notes
 * that name none (values that fit no row, values under no header) are listed up to {@link listedPerRule} per rule,
 * and the rest counted in one note of the same rule placed at the first of them. A page of thousands of stray rows
 * so costs a few dozen notes, not one per row, and the notes left out are never even written.
 */
export class BoundedNotes {
  private readonly kept: Diagnostic[] = [];
  private readonly rules = new Map<string, RuleCount>();

  /** A note that names cells: always kept. */
  push(note: Diagnostic): void {
    this.kept.push(note);
  }

  /** A note of `rule` that names no cell, standing at `place`: `make` writes it when it is listed. */
  pushUnplaced(rule: string, place: Place | undefined, make: () => Diagnostic): void {
    const count = this.rules.get(rule);
    if (count && count.listed >= listedPerRule) {
      if (count.omitted++ === 0) count.firstOmitted = place;
      return;
    }
    const note = make();
    if (count) count.listed++;
    else this.rules.set(rule, { severity: note.severity, status: note.status, listed: 1, omitted: 0 });
    this.kept.push(note);
  }

  /** The notes kept, then one note per rule for those left out. */
  list(): Diagnostic[] {
    const counted = [...this.rules].flatMap(([rule, count]): Diagnostic[] =>
      count.omitted === 0
        ? []
        : [
            {
              rule,
              severity: count.severity,
              status: count.status,
              message: `另有 ${count.omitted} 条同类问题未逐条列出，第一条在所示位置`,
              messageEn: `${count.omitted} more of the same kind not listed; the first stands where shown`,
              paths: [],
              ...(count.firstOmitted ? { place: count.firstOmitted } : {}),
            },
          ],
    );
    return [...this.kept, ...counted];
  }
}
