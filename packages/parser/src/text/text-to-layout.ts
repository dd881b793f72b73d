import { spendEvery } from '../budget.ts';
import { ParseError } from '../errors.ts';
import type { Field, Layout, Line } from '../layout/layout.ts';
import { checkSize } from '../limits.ts';
import type { LayoutOptions } from '../options.ts';
import { decodeText } from './decode-text.ts';
import { countTables, htmlTableBlock, htmlTableLines, opensHtmlTable } from './html-tables.ts';

const markdownEscape = /\\([\\`*_{}[\]()#+\-.!<>|~])/gu;
const markdownLine = /^\s*(?:\|.*\||#{1,6}\s)/mu;
const lineBreakTag = /<br\s*\/?>/giu;

const markdownRule = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/u;

// Each reader below returns `map`'s array, sized to its cells, and makes each cell's objects in one literal: an
// array grown by `push` keeps room for 17 cells, and a layout holds every line until the report is read, so on a
// page of short table rows that room and the collector's copying of it cost more than the cells.

/** How many blanks `cell` starts with, given its trimmed text (no copy made to count them). */
function leadingBlanks(cell: string, trimmed: string): number {
  // what precedes the first occurrence of the trimmed text's first character is the blanks trim removed
  return trimmed === '' ? cell.length : cell.indexOf(trimmed[0]!);
}

/** Cells of a Markdown table row `| a | b |` (its first and last bars are those of the trimmed line), with their columns in the line. */
function markdownFields(text: string, line: number): Field[] {
  const open = text.indexOf('|');
  let offset = open + 1;
  return text
    .slice(open + 1, text.lastIndexOf('|'))
    .split('|')
    .map((cell, index) => {
      const trimmed = cell.trim();
      const column = offset + leadingBlanks(cell, trimmed) + 1;
      offset += cell.length + 1;
      return { text: trimmed, place: { kind: 'text', line, column }, column: index };
    });
}

/** Tab-separated cells, empty ones kept: their position places the values around them. */
function tabFields(text: string, line: number): Field[] {
  let offset = 0;
  return text.split('\t').map((cell, index) => {
    const trimmed = cell.trim();
    const column = offset + 1 + leadingBlanks(cell, trimmed);
    offset += cell.length + 1;
    return { text: trimmed, place: { kind: 'text', line, column }, column: index };
  });
}

/** Cells set apart by runs of two or more spaces, as `pdftotext -layout` and pasted tables print them. */
function spacedFields(text: string, line: number): Field[] {
  return [...text.matchAll(/\S+(?: \S+)*/gu)].map((m) => ({ text: m[0], place: { kind: 'text', line, column: m.index + 1 } }));
}

/**
 * Reads plain text — extracted from PDF or Word, pasted from a web page, or Markdown — into a {@link Layout}: lines
 * of fields, split at tabs, Markdown table cells (`|`), or runs set apart by two or more spaces, each field placed at
 * `{kind:'text', line, column}` (from 1). Each Markdown table counts as a table; in a Markdown document, backslash
 * escapes are undone. An HTML table written into the text (`<table>…</table>`, as PDF→Markdown extractions write
 * tables with merged cells) counts as a table too: its rows are lines of fields on its grid, placed
 * `{kind:'html', table, row, cell}` with `table` its index among the text's `<table>` elements (see
 * `htmlTableLines`). Bytes are decoded as UTF-8, else GB18030. Limit: `maxBytes` (default 50 MiB). Throws
 * `ParseError`: `TOO_LARGE`, `EMPTY_INPUT` (no text), `NOT_A_DOCUMENT` (bytes that decode as neither).
 */
export function textToLayout(input: string | Uint8Array, options: LayoutOptions = {}): Layout {
  checkSize(input.length, options.maxBytes);
  const decoded = typeof input === 'string' ? input : decodeText(input);
  if (decoded.trim() === '') throw new ParseError('EMPTY_INPUT', 'The document has no text');
  // Markdown writes a literal `<b>` or `*` as `\<b>`, `\*`: in a Markdown document those escapes are undone, and a
  // line break inside a table cell (`| 行政规<br>范性文件 |`, as extractions write wrapped cell text) is a blank.
  const text = markdownLine.test(decoded) ? decoded.replace(markdownEscape, '$1').replace(lineBreakTag, ' ') : decoded;
  const lines: Line[] = [];
  let table = 0;
  // HTML tables count apart: their places number them among the text's `<table>` elements, as a browser would
  let htmlTables = 0;
  let inTable = false;
  const texts = text.replace(/\r\n?/gu, '\n').split('\n');
  const unclosed = { from: texts.length };
  const readLine = (raw: string, index: number): void => {
    const number = index + 1;
    const trimmed = raw.trim();
    // `| … |` (trim strips what `\s` matches)
    const isMarkdown = trimmed.length >= 2 && trimmed.startsWith('|') && trimmed.endsWith('|');
    if (isMarkdown && !inTable) table++;
    inTable = isMarkdown;
    if (isMarkdown && markdownRule.test(raw)) return;
    if (trimmed === '') return;
    const place = { kind: 'text' as const, line: number, column: raw.indexOf(trimmed[0]!) + 1 };
    if (isMarkdown) lines.push({ fields: markdownFields(raw, number), place, table });
    else if (raw.includes('\t')) lines.push({ fields: tabFields(raw, number), place });
    else lines.push({ fields: spacedFields(raw, number), place });
  };
  for (let index = 0; index < texts.length; index++) {
    spendEvery(index);
    const raw = texts[index]!;
    const block = opensHtmlTable(raw) ? htmlTableBlock(texts, index, unclosed) : null;
    if (!block) {
      readLine(raw, index);
      continue;
    }
    const rows = htmlTableLines(block.markup, htmlTables + 1, table + 1);
    if (!rows) {
      // a table holding another is read as text, all its lines at once (never scanned again for its inner tables)
      htmlTables += countTables(block.markup);
      for (; index <= block.last; index++) readLine(texts[index]!, index);
      index = block.last;
      continue;
    }
    htmlTables++;
    readLine(block.before, index);
    table++;
    inTable = false;
    lines.push(...rows);
    // the text after the table, at its columns in the line
    readLine(' '.repeat(texts[block.last]!.length - block.after.length) + block.after, block.last);
    index = block.last;
  }
  return { kind: 'text', lines };
}
