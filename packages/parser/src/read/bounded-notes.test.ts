import type { Diagnostic } from '@disclosure/core';
import { describe, expect, it } from 'vitest';
import { BoundedNotes, listedPerRule } from './bounded-notes.ts';

const note = (rule: string, i: number, paths: string[] = []): Diagnostic => ({
  rule,
  severity: 'warning',
  status: 'fail',
  message: `第 ${i} 条`,
  messageEn: `note ${i}`,
  paths,
  place: { kind: 'text', line: i, column: 1 },
});

describe('BoundedNotes', () => {
  it('lists notes that name no cell up to the limit per rule, then counts the rest at the first of them', () => {
    const notes = new BoundedNotes();
    for (let i = 0; i < listedPerRule + 5; i++) notes.push(note('parser/unlabelled-values', i));
    notes.push(note('parser/extra-value', 100));
    const list = notes.list();
    expect(list).toHaveLength(listedPerRule + 2);
    expect(list.filter((d) => d.rule === 'parser/extra-value')).toEqual([note('parser/extra-value', 100)]);
    expect(list.at(-1)).toEqual({
      rule: 'parser/unlabelled-values',
      severity: 'warning',
      status: 'fail',
      message: `另有 5 条同类问题未逐条列出，第一条：第 ${listedPerRule} 条`,
      messageEn: `5 more of the same kind not listed; the first: note ${listedPerRule}`,
      paths: [],
      place: { kind: 'text', line: listedPerRule, column: 1 },
    });
  });

  it('keeps every note that names cells', () => {
    const notes = new BoundedNotes();
    for (let i = 0; i < listedPerRule * 2; i++) notes.push(note('parser/ambiguous-row', i, ['applications.granted.total']));
    expect(notes.list()).toHaveLength(listedPerRule * 2);
  });
});
