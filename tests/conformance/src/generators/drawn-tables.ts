import type { Report } from '@disclosure/core';
import { eastAsianWidth } from 'get-east-asian-width';
import { utf8, type Generator } from '../document.ts';
import { seededRandom } from '../seeded-random.ts';
import { extractionOf } from './html-table-markdown.ts';
import { placedCells, type PlacedCell } from './table-cells.ts';

/** How a text dump draws a table's rules: `w3m` and `elinks` with box-drawing characters, grid tables with ASCII. */
interface Style {
  /** The character where lines meet, by the arms it has: up, down, left, right (`'1010'` …). */
  readonly junction: (arms: string) => string;
  readonly stroke: string;
  readonly bar: string;
  /** Blanks between a bar and a cell's text (`elinks` and grid tables pad, `w3m` does not). */
  readonly padding: number;
}

const boxJunctions: Readonly<Record<string, string>> = {
  '0101': '┌', '0110': '┐', '1001': '└', '1010': '┘', '1101': '├', '1110': '┤', '0111': '┬', '1011': '┴', '1111': '┼',
  '1100': '│', '0011': '─', '0100': '│', '1000': '│', '0001': '─', '0010': '─',
};
const box = (padding: number): Style => ({ junction: (arms) => boxJunctions[arms] ?? ' ', stroke: '─', bar: '│', padding });
const ascii: Style = { junction: (arms) => (arms === '1100' ? '|' : arms === '0011' ? '-' : '+'), stroke: '-', bar: '|', padding: 1 };

const widthOf = (char: string): number => eastAsianWidth(char.codePointAt(0)!, { ambiguousAsWide: false });
const textWidth = (text: string): number => [...text].reduce((sum, char) => sum + widthOf(char), 0);

/** A cell's text broken into lines of at most `width` columns: between any two CJK characters, and at blanks; a run of other characters (a figure) is never broken. */
function wrapCell(text: string, width: number): string[] {
  const words = text.match(/[\x21-\x7e]+|\S/gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const glue = line !== '' && /[\x21-\x7e]$/u.test(line) && /^[\x21-\x7e]/u.test(word) ? ' ' : '';
    if (line !== '' && textWidth(line + glue + word) > width) {
      lines.push(line);
      line = word;
    } else line += glue + word;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * A table's HTML drawn as a text browser dumps it: every cell boxed by rules, its text wrapped in its columns'
 * width (drawn at random, 2–12 inside the padding, at least its widest figure), a cell spanning rows or columns one box, its text
 * centred over the rows it spans (the rules of its neighbours beside it, as `w3m` draws it) or at its top.
 */
function drawTable(html: string, style: Style, random: () => number, centred: boolean): string {
  const cells = placedCells(html);
  const columnCount = Math.max(...cells.map((cell) => cell.column + cell.columns));
  const rowCount = Math.max(...cells.map((cell) => cell.row + cell.rows));
  const widths = Array.from({ length: columnCount }, () => 2 + 2 * style.padding + Math.floor(random() * 11));
  const span = (cell: PlacedCell): number => widths.slice(cell.column, cell.column + cell.columns).reduce((a, b) => a + b, 0) + cell.columns - 1;
  // a cell holds its widest figure: the last column it spans widens
  for (const cell of [...cells].sort((a, b) => a.columns - b.columns)) {
    const figure = Math.max(0, ...(cell.text.match(/[\x21-\x7e]+/gu) ?? []).map((word) => word.length)) + 2 * style.padding;
    widths[cell.column + cell.columns - 1]! += Math.max(0, figure - span(cell));
  }
  const lines = new Map(cells.map((cell) => [cell, wrapCell(cell.text, Math.max(1, span(cell) - 2 * style.padding))]));
  const heights = new Array<number>(rowCount).fill(1);
  for (const cell of cells) if (cell.rows === 1) heights[cell.row] = Math.max(heights[cell.row]!, lines.get(cell)!.length);
  for (const cell of cells) {
    const room = heights.slice(cell.row, cell.row + cell.rows).reduce((a, b) => a + b, 0) + cell.rows - 1;
    heights[cell.row + cell.rows - 1]! += Math.max(0, lines.get(cell)!.length - room);
  }
  const xs = [0];
  for (const width of widths) xs.push(xs.at(-1)! + width + 1);
  const ys = [0];
  for (const height of heights) ys.push(ys.at(-1)! + height + 1);
  // the canvas: a character per column (a wide one followed by an empty string), and where rules pass
  const canvas = Array.from({ length: ys.at(-1)! + 1 }, () => new Array<string>(xs.at(-1)! + 1).fill(' '));
  const across = canvas.map((row) => row.map(() => false));
  const down = canvas.map((row) => row.map(() => false));
  for (const cell of cells) {
    const [left, right, top, bottom] = [xs[cell.column]!, xs[cell.column + cell.columns]!, ys[cell.row]!, ys[cell.row + cell.rows]!];
    for (let x = left; x <= right; x++) across[top]![x] = across[bottom]![x] = true;
    for (let y = top; y <= bottom; y++) down[y]![left] = down[y]![right] = true;
    const text = lines.get(cell)!;
    const first = top + 1 + (centred ? Math.floor((bottom - top - 1 - text.length) / 2) : 0);
    text.forEach((line, i) => {
      let x = left + 1 + style.padding;
      for (const char of line) {
        canvas[first + i]![x] = char;
        if (widthOf(char) === 2) canvas[first + i]![++x] = '';
        x++;
      }
    });
  }
  canvas.forEach((row, y) =>
    row.forEach((_, x) => {
      const arms = [down[y]![x] && down[y - 1]?.[x], down[y]![x] && down[y + 1]?.[x], across[y]![x] && across[y]![x - 1], across[y]![x] && across[y]![x + 1]];
      if (arms.some(Boolean)) row[x] = style.junction(arms.map((arm) => (arm ? '1' : '0')).join(''));
    }),
  );
  return canvas.map((row) => row.join('').trimEnd()).join('\n');
}

/**
 * A report as a text browser's dump of its web page gives it (`w3m -dump`, `elinks -dump`) or as a converter writes
 * Markdown grid tables: headings and paragraphs as lines, every table drawn with its rules (see `drawTable`). The
 * seed chooses the frame — box drawing without padding (`w3m`), with a blank of padding (`elinks`), or ASCII
 * `+---+` and `|` (grid tables) — the columns' widths, and whether a cell's text stands centred or at the top.
 */
export function toDrawnTables(report: Report, seed: number): string {
  const random = seededRandom(seed);
  const style = [box(0), box(1), ascii][seed % 3]!;
  const centred = random() < 0.5;
  return `${extractionOf(report, (html) => drawTable(html, style, random, centred)).replace(/^#{1,6} /gmu, '')}\n`;
}

/** Class “text whose tables are drawn with their rules”. */
export const drawnTables: Generator = {
  id: 'drawn-tables',
  class: 'drawn-tables',
  description: 'toHtml as a text browser dumps it (w3m, elinks) or a converter writes grid tables: every table drawn with box-drawing or ASCII rules, cell text wrapped in seeded column widths, merged cells one box',
  generate: (report, seed) => ({ name: 'dump.txt', class: 'drawn-tables', bytes: utf8(toDrawnTables(report, seed)), expected: report }),
};
