import { applicantColumns, outcomeColumns, type ColumnEntry } from '@disclosure/core';
import { describe, expect, it } from 'vitest';
import { Budget, runWithin } from '../budget.ts';
import { admitsFewerCells, splitSummedRow, splitValues } from './split-values.ts';
import type { ValueToken } from './tokens.ts';

const place = { kind: 'text', line: 1, column: 1 } as const;
function token(printed: string): ValueToken {
  const run = /^-?\d{2,}$/u.test(printed) || /^\d+\.\d+$/u.test(printed);
  return { kind: 'value', value: Number(printed), printed, run, place, line: 0 };
}
const count = (n: number): ColumnEntry[] => Array.from({ length: n }, (_, i) => ({ key: `c${i}`, zh: '', en: '', unit: 'count' }));
const rowTotal = (cells: readonly (number | null)[]): boolean =>
  cells.length < 7 || (cells.slice(0, 6) as number[]).reduce((a, b) => a + b, 0) === cells[6];

describe('splitValues', () => {
  it('lists every cut of a run, none with a leading zero', () => {
    expect(splitValues([token('000')], count(3)).candidates).toEqual([[0, 0, 0]]);
    expect(splitValues([token('105')], count(2)).candidates).toEqual([[10, 5]]);
    expect(splitValues([token('123')], count(2)).candidates).toEqual([
      [1, 23],
      [12, 3],
    ]);
  });

  it('keeps only the cuts whose row total holds, and says the check decided', () => {
    const splits = splitValues([token('640020470')], applicantColumns, rowTotal);
    expect(splits.candidates).toEqual([[64, 0, 0, 2, 0, 4, 70]]);
    expect(splits.pruned).toBe(true);
  });

  it('cuts a run beside a separate value (`500000 5`)', () => {
    expect(splitValues([token('500000'), token('5')], applicantColumns, rowTotal).candidates).toEqual([[5, 0, 0, 0, 0, 0, 5]]);
  });

  it('cuts table 4 by its group totals', () => {
    const columns = [...outcomeColumns, ...outcomeColumns, ...outcomeColumns];
    const groups = (cells: readonly (number | null)[]): boolean =>
      cells.length % 5 !== 0 || (cells.slice(-5, -1) as number[]).reduce((a, b) => a + b, 0) === cells.at(-1);
    // 平潭 2025, as its web page prints the same cells one by one.
    expect(splitValues([token('25380363300630003')], columns, groups).candidates).toEqual([[25, 3, 8, 0, 36, 3, 3, 0, 0, 6, 3, 0, 0, 0, 3]]);
  });

  it('gives a sign only to a column that may be negative, and a decimal point only to money', () => {
    const signed: ColumnEntry[] = [
      { key: 'a', zh: '', en: '', unit: 'count' },
      { key: 'b', zh: '', en: '', unit: 'signedCount' },
    ];
    expect(splitValues([token('716'), token('-417')], signed).candidates).toEqual([[716, -417]]);
    expect(splitValues([token('-41')], count(2)).candidates).toEqual([]);
    const money: ColumnEntry[] = [{ key: 'm', zh: '', en: '', unit: 'tenThousandYuan' }];
    expect(splitValues([token('24252.311082')], money).candidates).toEqual([[24252.311082]]);
  });

  it('drops a cut as soon as the rest of the run needs more cells than are left, finishing where the print cannot fit', () => {
    // Each `0` after the 7s is a cell of its own: 600 of them never fit 15 columns, whatever cut the 7s get.
    const splits = splitValues([token(`${'7'.repeat(40)}${'0'.repeat(600)}`)], count(15));
    expect(splits).toEqual({ candidates: [], complete: true, pruned: false });
    // A run that fits is still cut every way it can be.
    expect(splitValues([token('7770000')], count(5)).candidates).toEqual([
      [7, 7, 700, 0, 0],
      [7, 770, 0, 0, 0],
      [77, 70, 0, 0, 0],
      [777, 0, 0, 0, 0],
    ]);
  });

  it('gives up on its budget instead of running on, and says so', () => {
    const splits = splitValues([token('1'.repeat(60))], count(15));
    expect(splits.complete).toBe(false);
  });
});

describe('splitSummedRow', () => {
  it('gives the readings, in the order and with the verdict, that splitValues gives with the row total', () => {
    const rows = [['640020470'], ['500000', '5'], ['0', '0', '0', '4', '3', '4', '11'], ['0000', '094094'], ['0002979800395'], ['00099770176'], ['1', '2', '3'], ['99041000140'], ['3601', '9', '21000', '5523']];
    const placeholder: ValueToken = { kind: 'value', value: null, printed: '—', run: false, place, line: 0 };
    for (const printed of rows) {
      for (const tokens of [printed.map(token), [...printed.map(token).slice(0, -1), placeholder, ...printed.map(token).slice(-1)]]) {
        const [summed, plain] = [splitSummedRow(tokens, applicantColumns, rowTotal), splitValues(tokens, applicantColumns, rowTotal)];
        expect(summed, printed.join(' ')).toEqual(plain);
      }
    }
    // a total printed with a thousands separator beside the run is its value, not its print
    const thousands = [token('29325300614'), { ...token('3050'), printed: '3,050', run: false }];
    expect(splitSummedRow(thousands, applicantColumns, rowTotal)).toEqual(splitValues(thousands, applicantColumns, rowTotal));
    expect(splitSummedRow(thousands, applicantColumns, rowTotal).candidates).toEqual([[2932, 53, 0, 0, 61, 4, 3050]]);
  });

  it("reads a city's row of thousands run together, where cutting every way first runs out of steps", () => {
    // 淮安市's table 3 re-numbered in the thousands, as crawler text prints （七）总计: 33 digits for seven cells
    const run = [token('108272189114241204218031556660079')];
    expect(splitValues(run, applicantColumns, rowTotal).complete).toBe(false);
    expect(splitSummedRow(run, applicantColumns, rowTotal)).toEqual({ candidates: [[10827, 2189, 11424, 12042, 18031, 5566, 60079]], complete: true, pruned: true });
    // no cut of 26 digits balances: a complete empty list, not a search given up
    expect(splitSummedRow([token('12345678901234567890123456')], applicantColumns, rowTotal)).toEqual({ candidates: [], complete: true, pruned: true });
  });
});

describe('admitsFewerCells', () => {
  it('tells a run that may be fewer numbers from one that cannot', () => {
    expect(admitsFewerCells([token('640020470')], 7)).toBe(true);
    expect(admitsFewerCells([token('000')], 3)).toBe(false);
    expect(admitsFewerCells([token('12.3'), token('5')], 3)).toBe(true);
  });

  it('reads a run thousands of digits long in steps linear in its length (the fuzzer’s 3 KB text that ran for minutes)', () => {
    // no part holds more than 15 digits, so 3 000 digits are never fewer than 15 numbers
    const run = `${'7'.repeat(1500)}.${'7'.repeat(1500)}`;
    expect(runWithin(new Budget({ maxSteps: 10_000 }), () => admitsFewerCells([token(run)], 15))).toBe(false);
  });
});
