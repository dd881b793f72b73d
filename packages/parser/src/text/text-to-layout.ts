import { spendEvery } from '../budget.ts';
import { ParseError } from '../errors.ts';
import { isBlank } from '../layout/is-blank.ts';
import type { Field, Layout, Line } from '../layout/layout.ts';
import { checkSize } from '../limits.ts';
import type { LayoutOptions } from '../options.ts';
import { decodeText } from './decode-text.ts';
import { countTables, htmlTableBlock, htmlTableLines, opensHtmlTable } from './html-tables.ts';
import { opensRuledTable, ruledTableLines } from './ruled-tables.ts';

const markdownEscape = /\\([\\`*_{}[\]()#+\-.!<>|~])/gu;
const markdownLine = /^\s*(?:\|.*\||#{1,6}\s)/mu;
const lineBreakTag = /<br\s*\/?>/giu;
/** Bold in Markdown (`**5**`, `__5__`), as extractions mark a table's header or figures: the text is kept. */
const markdownStrong = /(\*\*|__)(?=[^\s*_])([^\n*_]{0,400}?[^\s*_])\1/gu;
/** A non-breaking space written as an entity in Markdown (`| 5&nbsp; |`): a space. */
const spaceEntity = /&(?:nbsp|#160|#x0*a0);/giu;
/** Characters that print nothing (a web page's `&#8203;` copied with its text), dropped as the Word readers drop them. */
const zeroWidth = /[\u200b-\u200d\u2060]/gu;

const markdownRule = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/u;
/** A delimiter row of a table without outer bars: its cells' dashes, three or more each. */
const barlessRule = /^\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*$/u;

// Each reader below scans its line once and makes an array sized to its cells, each cell's objects in one
// literal: an array grown by `push` keeps room for 17 cells, and a layout holds every line until the report is
// read, so on a page of short table rows that room and the collector's copying of it cost more than the cells.
// Scanning, not `split` or `matchAll`: those make an array or a match object per cell only to be thrown away.

/** How many times `separator` occurs in `text` between `from` and `to`. */
function countOf(text: string, separator: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf(separator, from); at !== -1 && at < to; at = text.indexOf(separator, at + 1)) count++;
  return count;
}

/**
 * The cells of `text` between `from` and `to`, apart at each `separator`, trimmed, placed at the column of their
 * first character (or past their blanks, for an empty cell), with their index as their grid column.
 */
function separatedFields(text: string, separator: string, from: number, to: number, line: number): Field[] {
  const fields: Field[] = new Array(countOf(text, separator, from, to) + 1);
  let start = from;
  for (let index = 0; index < fields.length; index++) {
    const found = text.indexOf(separator, start);
    const end = found === -1 || found > to ? to : found;
    let first = start;
    while (first < end && isBlank(text.charCodeAt(first))) first++;
    let last = end;
    while (last > first && isBlank(text.charCodeAt(last - 1))) last--;
    fields[index] = { text: text.slice(first, last), place: { kind: 'text', line, column: first + 1 }, column: index };
    start = end + 1;
  }
  return fields;
}

/** Cells of a Markdown table row `| a | b |` (its first and last bars are those of the trimmed line), with their columns in the line. */
function markdownFields(text: string, line: number): Field[] {
  return separatedFields(text, '|', text.indexOf('|') + 1, text.lastIndexOf('|'), line);
}

/**
 * Whether `rule` is the delimiter row of a pipe table written without its outer bars (`---|---`, or `---` under a
 * first row of one cell): a row of dashes apart by bars, with a bar in it or in the row after it (a lone `---` is
 * otherwise a Markdown rule or a crawler's separator).
 */
function opensBarlessTable(rule: string, next: string | undefined): boolean {
  return barlessRule.test(rule) && (rule.includes('|') || (next?.includes('|') ?? false));
}

/** Tab-separated cells, empty ones kept: their position places the values around them. */
function tabFields(text: string, line: number): Field[] {
  return separatedFields(text, '\t', 0, text.length, line);
}

/** Lines up to this long are cut in a buffer kept between calls; a longer one gets its own, so the kept one stays small. */
const keptLength = 1 << 16;
let kept = new Int32Array(256);

/**
 * Room for where the runs of a line of `length` characters start and end, two numbers a run: a run is followed by
 * a blank, so there are at most `(length + 1) / 2` of them.
 */
function boundsFor(length: number): Int32Array {
  if (length > keptLength) return new Int32Array(length + 2);
  if (kept.length < length + 2) kept = new Int32Array(length + 2);
  return kept;
}

/** Cells set apart by runs of two or more spaces, as `pdftotext -layout` and pasted tables print them. */
function spacedFields(text: string, line: number): Field[] {
  // a run: non-blanks, and single spaces between them
  const bounds = boundsFor(text.length);
  let count = 0;
  let at = 0;
  while (at < text.length) {
    while (at < text.length && isBlank(text.charCodeAt(at))) at++;
    if (at === text.length) break;
    const start = at;
    while (at < text.length && !isBlank(text.charCodeAt(at))) at++;
    while (at + 1 < text.length && text.charCodeAt(at) === 0x20 && !isBlank(text.charCodeAt(at + 1))) {
      at++;
      while (at < text.length && !isBlank(text.charCodeAt(at))) at++;
    }
    bounds[2 * count] = start;
    bounds[2 * count + 1] = at;
    count++;
  }
  const fields: Field[] = new Array(count);
  for (let index = 0; index < count; index++) {
    const start = bounds[2 * index]!;
    fields[index] = { text: text.slice(start, bounds[2 * index + 1]), place: { kind: 'text', line, column: start + 1 } };
  }
  return fields;
}

/**
 * Reads plain text — extracted from PDF or Word, pasted from a web page, or Markdown — into a {@link Layout}: lines
 * of fields, split at tabs, Markdown table cells (`|`), or runs set apart by two or more spaces, each field placed at
 * `{kind:'text', line, column}` (from 1). Each Markdown table counts as a table; in a Markdown document, backslash
 * escapes are undone, bold markers dropped and `&nbsp;` read as a space. An HTML table written into the text (`<table>…</table>`, as PDF→Markdown extractions write
 * tables with merged cells) counts as a table too: its rows are lines of fields on its grid, placed
 * `{kind:'html', table, row, cell}` with `table` its index among the text's `<table>` elements (see
 * `htmlTableLines`). Lines of text whose pages are apart by form feeds (`pdftotext`'s) have their `page`. Zero-width characters are dropped. Bytes are decoded as UTF-8, else GB18030. Limit: `maxBytes` (default 50 MiB). Throws
 * `ParseError`: `TOO_LARGE`, `EMPTY_INPUT` (no text), `NOT_A_DOCUMENT` (bytes that decode as neither).
 */
export function textToLayout(input: string | Uint8Array, options: LayoutOptions = {}): Layout {
  checkSize(input.length, options.maxBytes);
  const decoded = typeof input === 'string' ? input : decodeText(input);
  if (decoded.trim() === '') throw new ParseError('EMPTY_INPUT', 'The document has no text');
  // Markdown writes a literal `<b>` or `*` as `\<b>`, `\*`: in a Markdown document those escapes are undone, and a
  // line break inside a table cell (`| 行政规<br>范性文件 |`, as extractions write wrapped cell text) is a blank.
  const visible = decoded.replace(zeroWidth, '');
  const text = markdownLine.test(visible)
    ? visible.replace(markdownEscape, '$1').replace(lineBreakTag, ' ').replace(markdownStrong, '$2').replace(spaceEntity, ' ')
    : visible;
  const lines: Line[] = [];
  let table = 0;
  // HTML tables count apart: their places number them among the text's `<table>` elements, as a browser would
  let htmlTables = 0;
  let inTable = false;
  const texts = text.replace(/\r\n?/gu, '\n').split('\n');
  const unclosed = { from: texts.length };
  // `pdftotext` parts pages with a form feed: its lines then have pages, so a page's last line can be told
  let page = text.includes('\f') ? 1 : undefined;
  const readLine = (raw: string, index: number): void => {
    const number = index + 1;
    // the line's first and last non-blank characters, found without a trimmed copy
    let first = 0;
    while (first < raw.length && isBlank(raw.charCodeAt(first))) first++;
    let last = raw.length - 1;
    while (last > first && isBlank(raw.charCodeAt(last))) last--;
    // `| … |`
    const isMarkdown = last > first && raw.charCodeAt(first) === 0x7c && raw.charCodeAt(last) === 0x7c;
    if (isMarkdown && !inTable) table++;
    inTable = isMarkdown;
    if (isMarkdown && markdownRule.test(raw)) return;
    if (first === raw.length) return;
    const place = { kind: 'text' as const, line: number, column: first + 1 };
    const fields = isMarkdown ? markdownFields(raw, number) : raw.includes('\t') ? tabFields(raw, number) : spacedFields(raw, number);
    const line: Line = isMarkdown ? { fields, place, table } : { fields, place };
    lines.push(page === undefined ? line : { ...line, page });
  };
  /** Whether the lines read are rows of a pipe table written without its outer bars (until a blank line). */
  let barless = false;
  /**
   * A row of a pipe table written without its outer bars (`规章| | | 2`, as GitHub's Markdown allows and Python's
   * html2text writes tables): cells apart at every bar of the trimmed line, a bar at either end leaving an empty cell
   * there (`| 78074| 7` starts with a blank cell).
   */
  const readBarless = (raw: string, index: number): void => {
    let first = 0;
    while (first < raw.length && isBlank(raw.charCodeAt(first))) first++;
    let last = raw.length - 1;
    while (last > first && isBlank(raw.charCodeAt(last))) last--;
    const fields = separatedFields(raw, '|', first, last + 1, index + 1);
    const line: Line = { fields, place: { kind: 'text', line: index + 1, column: first + 1 }, table };
    lines.push(page === undefined ? line : { ...line, page });
  };
  for (let index = 0; index < texts.length; index++) {
    spendEvery(index);
    const raw = texts[index]!;
    if (page !== undefined) page += countOf(raw, '\f', 0, raw.length);
    if (barless) {
      barless = raw.trim() !== '';
      if (barless && !barlessRule.test(raw)) readBarless(raw, index);
      if (barless) continue;
    }
    if (opensBarlessTable(raw, texts[index + 1]) && index > 0 && !inTable && texts[index - 1]!.trim() !== '') {
      // the row above the delimiter is the table's first: read again as one
      const above = lines.at(-1)?.place;
      if (above?.kind === 'text' && above.line === index) lines.pop();
      table++;
      barless = true;
      readBarless(texts[index - 1]!, index - 1);
      continue;
    }
    const ruled = opensRuledTable(raw) ? ruledTableLines(texts, index, table + 1) : null;
    if (ruled) {
      table++;
      inTable = false;
      // one by one: a table of a few hundred thousand rows is more than a call's arguments may be
      for (const line of ruled.lines) lines.push(page === undefined ? line : { ...line, page });
      if (page !== undefined) for (let next = index + 1; next <= ruled.last; next++) page += countOf(texts[next]!, '\f', 0, texts[next]!.length);
      index = ruled.last;
      continue;
    }
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
