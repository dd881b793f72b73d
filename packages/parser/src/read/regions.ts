import type { SectionKey } from '@disclosure/core/lite';
import type { Line } from '../layout/layout.ts';
import { lineText, sliceLine } from './line-text.ts';
import type { Heading } from './sections.ts';

/** A section's heading and the lines between it and the next heading (its prose and its table). */
export interface Region {
  readonly heading: Heading | null;
  readonly lines: readonly Line[];
}

/** Lines from (line, offset) up to (line, offset), the end excluded, cut inside lines where needed. */
function linesBetween(lines: readonly Line[], from: readonly [number, number], to: readonly [number, number]): Line[] {
  const last = Math.min(to[0], lines.length - 1);
  if (from[0] > last) return [];
  const cut = (index: number, start: number, end: number): Line[] => {
    const line = sliceLine(lines[index]!, start, end);
    return line ? [line] : [];
  };
  if (from[0] === to[0]) return cut(from[0], from[1], to[1]);
  // the lines in between whole, in one copy (a region may hold every line of a long document)
  const first = from[1] === 0 ? [lines[from[0]]!] : cut(from[0], from[1], Number.POSITIVE_INFINITY);
  const middle = lines.slice(from[0] + 1, last + 1);
  if (last === to[0]) middle.pop();
  const end = last === to[0] ? cut(to[0], 0, to[1]) : [];
  return first.concat(middle, end);
}

/**
 * Each section's region. A section whose heading the document lacks gets the stretch between the neighbouring
 * headings that were found, so a table is still read when its heading is misprinted or missing.
 */
export function sectionRegions(lines: readonly Line[], headings: readonly Heading[], keys: readonly SectionKey[]): Map<SectionKey, Region> {
  const regions = new Map<SectionKey, Region>();
  const end: readonly [number, number] = [lines.length, 0];
  keys.forEach((key, i) => {
    const heading = headings.find((h) => h.key === key) ?? null;
    const previous = [...headings].reverse().find((h) => keys.indexOf(h.key) < i) ?? null;
    const following = headings.find((h) => keys.indexOf(h.key) > i) ?? null;
    const from: readonly [number, number] = heading
      ? [heading.endLine, heading.end]
      : previous
        ? [previous.endLine, previous.end]
        : [0, 0];
    const to: readonly [number, number] = following ? [following.line, following.start] : end;
    regions.set(key, { heading, lines: linesBetween(lines, from, to) });
  });
  return regions;
}

/**
 * A header word as a pattern that lets blanks stand between its characters: an extraction breaks a narrow header
 * cell with `<br>` (`| 结果<br>维持 |`, read as `结果 维持`) and a PDF's justified header letter-spaces it
 * (`信 息 内 容`).
 */
const word = (text: string): string => [...text].join('\\s*');

/** The words a table's first header holds, in any table of either edition. */
const tableStart = new RegExp(
  [
    word('第二十条'),
    word('信息内容'),
    `[（(]?${word('本列数据')}(?:\\s*的)?\\s*${word('勾稽关系')}`,
    word('勾稽关系'),
    word('申请人情况'),
    word('本年新收政府信息公开申请数量'),
    `${word('行政复议')}[\\s|]*${word('行政诉讼')}`,
    word('结果维持'),
    `^[#\\s]*${word('行政复议')}\\s*$`,
  ].join('|'),
  'u',
);

/** Where a region's table starts: the line index, and the offset in that line (0 for a row of a grid). */
function tableStartIn(lines: readonly Line[]): [number, number] | null {
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const match = tableStart.exec(lineText(line));
    if (match) return [index, line.fields.length > 1 ? 0 : match.index];
  }
  return null;
}

/** A field that is a figure and nothing else (`240`, `-3`, `1,234`). */
const figureField = /^\s*[-−+]?\d[\d,，.]*\s*$/u;

/**
 * True for a line that prints a row of a table, not a sentence: fields apart, a figure alone in one after the first
 * (`予以公开\t240`, a summary of its own that local practice prints before the format's table). Joined to the prose,
 * its labels would run into the next sentence (`…结转下年度继续办理 100 …答复…共2833件`).
 */
function printsRow(line: Line): boolean {
  return line.fields.length > 1 && line.fields.some((field, i) => i > 0 && figureField.test(field.text));
}

/** The prose lines of a region that holds a table: those before the table's first header, less rows of other tables. */
export function proseBeforeTable(lines: readonly Line[]): Line[] {
  const start = tableStartIn(lines);
  if (!start) return [...lines];
  const head = start[1] > 0 ? sliceLine(lines[start[0]]!, 0, start[1]) : null;
  return [...lines.slice(0, start[0]).filter((line) => !printsRow(line)), ...(head ? [head] : [])];
}

/** The lines of a region's table: from its first header on (the whole region when no header is found). */
export function tableLines(lines: readonly Line[]): Line[] {
  const start = tableStartIn(lines);
  if (!start) return [...lines];
  const rest = start[1] > 0 ? sliceLine(lines[start[0]]!, start[1]) : lines[start[0]]!;
  return [...(rest ? [rest] : []), ...lines.slice(start[0] + 1)];
}
