import { setCell, type Diagnostic } from '@disclosure/core';
import { describe, expect, it } from 'vitest';
import { expectedReport } from './committed-documents.ts';
import { compareCells } from './compare-cells.ts';

const expected = expectedReport('2020-yueqing-xianxi-town');
const diagnostic = (paths: string[]): Pick<Diagnostic, 'rule' | 'paths'> => ({ rule: 'parser/ambiguous-row', paths });

describe('compareCells', () => {
  it('calls the expected report against itself exact, its blanks blank-exact', () => {
    const { counts } = compareCells(expected, expected, []);
    // Xianxi prints its five 行政复议 cells blank (NOTES.md)
    expect(counts).toEqual({ exact: 193, 'blank-exact': 5, 'unread-with-diagnostic': 0, 'unread-without-diagnostic': 0, wrong: 0 });
  });

  it('tells a wrong number, a number where a blank is printed, and unread cells with and without a diagnostic', () => {
    const parsed = structuredClone(expected);
    setCell(parsed, 'applications.newlyReceived.total', 1);
    setCell(parsed, 'reviewAndLitigation.administrativeReview.total', 0);
    setCell(parsed, 'applications.granted.total', null);
    setCell(parsed, 'applications.granted.naturalPerson', null);
    const { verdicts, counts } = compareCells(expected, parsed, [diagnostic(['applications.granted.total']), { rule: 'T3.R3', paths: ['applications.granted.naturalPerson'] }]);
    expect(counts).toEqual({ exact: 190, 'blank-exact': 4, 'unread-with-diagnostic': 1, 'unread-without-diagnostic': 1, wrong: 2 });
    expect(verdicts.filter((verdict) => verdict.outcome === 'wrong')).toEqual([
      { path: 'applications.newlyReceived.total', outcome: 'wrong', expected: 0, actual: 1 },
      { path: 'reviewAndLitigation.administrativeReview.total', outcome: 'wrong', expected: null, actual: 0 },
    ]);
    // only a reader diagnostic excuses an unread cell; a rule finding does not
    expect(verdicts.find((verdict) => verdict.path === 'applications.granted.naturalPerson')?.outcome).toBe('unread-without-diagnostic');
  });

  it('counts a printed blank the parse left unread as unread, not blank-exact', () => {
    const blank = 'reviewAndLitigation.administrativeReview.total';
    const { verdicts, counts } = compareCells(expected, expected, [diagnostic([blank])], new Set([blank]));
    expect(counts).toMatchObject({ 'blank-exact': 4, 'unread-with-diagnostic': 1 });
    expect(verdicts.find((verdict) => verdict.path === blank)).toEqual({ path: blank, outcome: 'unread-with-diagnostic', expected: null, actual: null });
  });

  it('counts a cell the parsed shape lacks (another edition) as unread', () => {
    const other = expectedReport('2024-huaian-city');
    const { counts } = compareCells(expected, other, []);
    expect(counts.wrong).toBeGreaterThan(0);
    expect(counts['unread-without-diagnostic']).toBeGreaterThan(0);
  });
});
