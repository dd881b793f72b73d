import type { Diagnostic } from '@disclosure/core';
import { describe, expect, it } from 'vitest';
import { BoundedNotes, listedPerRule } from './bounded-notes.ts';

const place = (line: number) => ({ kind: 'text' as const, line, column: 1 });
const note = (rule: string, line: number, paths: string[] = []): Diagnostic => ({
  rule,
  severity: 'warning',
  status: 'fail',
  message: `第 ${line} 行`,
  messageEn: `line ${line}`,
  paths,
  place: place(line),
});

describe('BoundedNotes', () => {
  it('lists notes that name no cell up to the limit per rule, then counts the rest at the first of them, never writing them', () => {
    const notes = new BoundedNotes();
    let written = 0;
    for (let line = 1; line <= listedPerRule + 5; line++) {
      notes.pushUnplaced('parser/unlabelled-values', place(line), () => (written++, note('parser/unlabelled-values', line)));
    }
    notes.pushUnplaced('parser/extra-value', place(100), () => note('parser/extra-value', 100));
    expect(written).toBe(listedPerRule);
    const list = notes.list();
    expect(list).toHaveLength(listedPerRule + 2);
    expect(list.filter((d) => d.rule === 'parser/extra-value')).toEqual([note('parser/extra-value', 100)]);
    expect(list.at(-1)).toEqual({
      rule: 'parser/unlabelled-values',
      severity: 'warning',
      status: 'fail',
      message: '另有 5 条同类问题未逐条列出，第一条在所示位置',
      messageEn: '5 more of the same kind not listed; the first stands where shown',
      paths: [],
      place: place(listedPerRule + 1),
    });
  });

  it('keeps every note that names cells', () => {
    const notes = new BoundedNotes();
    for (let line = 0; line < listedPerRule * 2; line++) notes.push(note('parser/ambiguous-row', line, ['applications.granted.total']));
    expect(notes.list()).toHaveLength(listedPerRule * 2);
  });
});
