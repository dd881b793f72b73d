import { createEmptyReport, getCell, type Report } from '@disclosure/core/lite';
import { describe, expect, it } from 'vitest';
import { textToLayout } from '../text/text-to-layout.ts';
import { Assembler } from './assembler.ts';
import { lineText } from './line-text.ts';
import { spendBudget } from '../budget.ts';
import { maxPageHypotheses, maxWorkOfWays, readTablesEveryWay, type ReadTable } from './page-hypotheses.ts';

const [granted, partial] = ['applications.granted.naturalPerson', 'applications.partiallyGranted.naturalPerson'] as const;

/**
 * A stand-in for a table's reader: 予以公开 is the first figure of the lines, 部分公开 the number of lines; a
 * figure `9` overfills a row.
 */
const readTable: ReadTable = (_key, lines, assembler) => {
  const figures = lines.map(lineText).filter((text) => /^\d+$/u.test(text));
  assembler.resolve(granted, Number(figures[0]), lines[0]!.place, [], []);
  assembler.resolve(partial, lines.length, lines[0]!.place, [], []);
  if (figures.includes('9')) assembler.overfill();
};

function readEveryWay(text: string, pages: ReadonlyArray<{ lines: number[]; one: boolean }>, read: ReadTable = readTable) {
  const lines = textToLayout(text).lines;
  const assembler = new Assembler(createEmptyReport('2021') as Report);
  readTablesEveryWay([{ key: 'applications', lines }], pages.map((page) => ({ lines: page.lines.map((i) => lines[i]!), one: page.one })), read, assembler);
  return assembler;
}

describe('readTablesEveryWay', () => {
  it('keeps a cell every way reads alike, and leaves unread, with its values, one the ways read differently', () => {
    // page 2's number is the line `2` at 1 or at 3: the first figure is 5 either way, the count of lines is 3 either way
    const assembler = readEveryWay('5\n2\n6\n2', [{ lines: [1, 3], one: true }]);
    expect(getCell(assembler.report, granted)).toBe(5);
    expect(getCell(assembler.report, partial)).toBe(3);
    expect(assembler.notes).toEqual([]);
    // where its number may be none of them, one way keeps all four lines
    const open = readEveryWay('5\n2\n6\n2', [{ lines: [1, 3], one: false }]);
    expect(getCell(open.report, granted)).toBe(5);
    expect(getCell(open.report, partial)).toBeNull();
    expect(open.readings[partial]).toEqual({ how: 'unread', candidates: [4, 3] });
    expect(open.notes.map((note) => [note.rule, note.paths])).toEqual([['parser/page-number', [partial]]]);
  });

  it('sets aside a way that overfills a row, unless every way does', () => {
    // every way keeps the `9`, so none is set aside: the first figure is 9 or 2
    const assembler = readEveryWay('2\n9\n2', [{ lines: [0, 2], one: true }]);
    expect(getCell(assembler.report, granted)).toBeNull();
    // a second page may print its number at the `9`: the ways that keep it are set aside, and the one left (pages at
    // lines 0 and 1; at 2 and 1 they would run backwards) reads 2 and 2
    const one = readEveryWay('2\n9\n2\n7', [{ lines: [0, 2], one: true }, { lines: [1], one: false }]);
    expect(getCell(one.report, granted)).toBe(2);
    expect(getCell(one.report, partial)).toBe(2);
    expect(one.notes).toEqual([]);
  });

  it('keeps a finding the print proves only where every way reads the table so', () => {
    // page 1's number is the `2` at line 0 or at line 2: the first figure is 5 or 2
    const finding = (first: string): ReadTable => (key, lines, assembler) => {
      readTable(key, lines, assembler);
      const figures = lines.map(lineText);
      if (figures[0] === first || first === 'any') assembler.note({ rule: 'T3.R3', severity: 'error', status: 'fail', message: '', messageEn: '', paths: [granted] });
    };
    // the first way (its number at line 0) reads 5 and notes the row broken; the other reads 2 and balances
    const once = readEveryWay('2\n5\n2\n6', [{ lines: [0, 2], one: true }], finding('5'));
    expect(getCell(once.report, granted)).toBeNull();
    expect(once.notes.map((note) => note.rule)).toEqual(['parser/page-number']);
    const always = readEveryWay('2\n5\n2\n6', [{ lines: [0, 2], one: true }], finding('any'));
    expect(always.notes.map((note) => note.rule)).toEqual(['T3.R3', 'parser/page-number']);
  });

  it(`leaves the whole table unread beyond ${maxPageHypotheses} ways`, () => {
    const text = Array.from({ length: 20 }, () => '1\n1').join('\n');
    // four pages, each at one of three lines or none: 256 ways
    const pages = Array.from({ length: 4 }, (_, page) => ({ lines: [page * 4, page * 4 + 1, page * 4 + 2], one: false }));
    const assembler = readEveryWay(text, pages);
    expect([getCell(assembler.report, granted), getCell(assembler.report, partial)]).toEqual([null, null]);
    expect(assembler.notes.map((note) => note.rule)).toEqual(['parser/page-number']);
  });

  it(`leaves the tables unread once reading them every way takes more than ${maxWorkOfWays} units of work`, () => {
    // three ways, each reading charging 40 % of the allowance
    const slow: ReadTable = (key, lines, assembler) => {
      spendBudget(maxWorkOfWays * 0.4);
      readTable(key, lines, assembler);
    };
    expect(getCell(readEveryWay('5\n2\n6\n2', [{ lines: [1, 3], one: false }], slow).report, granted)).toBeNull();
    expect(getCell(readEveryWay('5\n2\n6\n2', [{ lines: [1, 3], one: true }], slow).report, granted)).toBe(5);
  });
});
