import type { Report } from '@disclosure/core';
import { withBlankColumns, legalPersonColumns } from '../blank-columns.ts';
import { utf8, type Generator } from '../document.ts';
import { seededRandom, shuffled } from '../seeded-random.ts';
import { joinLines, labelsOf, textLines, valueCount, type RowLine, type TextLine } from '../text-lines.ts';

/** Numbered sub-rows under one group label (`（三）不予公开` 1–8 …, an item of table 2): their order is free. */
function groupOf(line: TextLine): string | undefined {
  if (line.kind !== 'row' || line.table === 'reviewAndLitigation') return undefined;
  const row = line.rows[0]!;
  return row.group && row.group.key !== 'results' ? row.group.key : undefined;
}

/** Shuffles each run of sub-rows of one group; the group label stays on whichever row now comes first. */
function shuffleGroups(lines: TextLine[], random: () => number): TextLine[] {
  const out: TextLine[] = [];
  for (let i = 0; i < lines.length; ) {
    const group = groupOf(lines[i]!);
    let end = i + 1;
    while (group !== undefined && end < lines.length && groupOf(lines[end]!) === group) end++;
    const run = lines.slice(i, end) as RowLine[];
    if (group === undefined || run.length < 2) out.push(...run);
    else {
      const labelField = labelsOf(run[0]!).findIndex((field) => field === run[0]!.rows[0]!.group!.zh);
      const order = shuffled(run, random).map((line) => ({ ...line, fields: [...line.fields] }));
      if (labelField >= 0) {
        for (const line of order) line.fields[labelField] = '';
        order[0]!.fields[labelField] = run[0]!.rows[0]!.group!.zh;
      }
      out.push(...order);
    }
    i = end;
  }
  return out;
}

/** A long row label wrapped over two lines with the row's values on a line between them. */
function wrapLabel(line: RowLine): TextLine[] {
  const labelField = line.valueStart - 1 - [...labelsOf(line)].reverse().findIndex(Boolean);
  const label = line.fields[labelField]!;
  const cut = Math.ceil(label.length / 2);
  const empty = line.fields.map(() => '');
  const top = [...empty];
  top[labelField] = label.slice(0, cut);
  const bottom = [...empty];
  bottom[labelField] = label.slice(cut);
  const middle = [...line.fields];
  middle[labelField] = '';
  return [
    { kind: 'header', table: line.table, fields: top },
    { ...line, fields: middle },
    { kind: 'header', table: line.table, fields: bottom },
  ];
}

/**
 * Rows shuffled within what the official order allows (the numbered sub-rows of a group, the rows of a table-2
 * item), one seeded legal-person column of table 3 left blank in every row, and long labels (≥ 10 characters)
 * wrapped over two lines with the values between them, each with probability ½.
 */
export function toShuffledRows(report: Report, seed: number): { text: string; expected: Report } {
  const random = seededRandom(seed);
  const blank = legalPersonColumns[Math.floor(random() * legalPersonColumns.length)]!;
  const expected = withBlankColumns(report, [blank]);
  const lines = shuffleGroups(textLines(expected), random).flatMap((line): TextLine[] =>
    line.kind === 'row' && valueCount(line) < 15 && labelsOf(line).filter(Boolean).at(-1)!.length >= 10 && random() < 0.5 ? wrapLabel(line) : [line],
  );
  return { text: joinLines(lines), expected };
}

/** Class “rows shuffled, blank columns, wrapped labels”. */
export const shuffledRows: Generator = {
  id: 'shuffled-rows',
  class: 'shuffled-rows',
  description: 'toText, then sub-rows shuffled within their group, a blank legal-person column, long labels wrapped around their values',
  generate: (report, seed) => {
    const { text, expected } = toShuffledRows(report, seed);
    return { name: 'shuffled.txt', class: 'shuffled-rows', bytes: utf8(text), expected };
  },
};
