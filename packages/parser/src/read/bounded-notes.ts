import type { Diagnostic } from '@disclosure/core/lite';

/** How many notes of one rule that name no cell are listed one by one; the rest are counted in one note. */
export const listedPerRule = 20;

/**
 * A reader's notes, bounded: notes that name cells are kept (there are at most as many as cells), while notes
 * that name none (values that fit no row, values under no header) are listed up to {@link listedPerRule} per rule,
 * and the rest counted in one note of the same rule placed at the first of them. A page of thousands of stray rows
 * so costs a few dozen notes, not one per row.
 */
export class BoundedNotes {
  private readonly kept: Diagnostic[] = [];
  private readonly listed = new Map<string, number>();
  private readonly omitted = new Map<string, { first: Diagnostic; count: number }>();

  push(note: Diagnostic): void {
    if (note.paths.length > 0) {
      this.kept.push(note);
      return;
    }
    const listed = this.listed.get(note.rule) ?? 0;
    if (listed < listedPerRule) {
      this.listed.set(note.rule, listed + 1);
      this.kept.push(note);
      return;
    }
    const omitted = this.omitted.get(note.rule);
    if (omitted) omitted.count++;
    else this.omitted.set(note.rule, { first: note, count: 1 });
  }

  /** The notes listed, then one note per rule for those not listed. */
  list(): Diagnostic[] {
    const counted = [...this.omitted.values()].map(({ first, count }): Diagnostic => ({
      rule: first.rule,
      severity: first.severity,
      status: first.status,
      message: `另有 ${count} 条同类问题未逐条列出，第一条：${first.message}`,
      messageEn: `${count} more of the same kind not listed; the first: ${first.messageEn}`,
      paths: [],
      ...(first.place ? { place: first.place } : {}),
    }));
    return [...this.kept, ...counted];
  }
}
