import type { Line } from '../layout/layout.ts';

/** A figure alone on its line: a bare page number, or a table's cell in text with one cell per line. */
const lone = /^\s*(\d{1,3})\s*$/u;

/**
 * The bare page numbers of a document whose pages are apart (a PDF's pages; text that `pdftotext` parts with form
 * feeds): the figure alone on a page's last line when it is the page's number, and the figures alone on the last
 * lines, or on the first lines as a header prints them, of three pages or more that each print their page's number
 * less the same count (a cover left unnumbered: page 2 prints `1`). Fewer pages may agree by accident: a table's cell
 * may end a page. Their indexes in `lines`.
 */
export function pagedPageNumbers(lines: readonly Line[], texts: readonly string[]): Set<number> {
  const ends = new Map<number, { first: number; last: number }>();
  lines.forEach((line, index) => {
    if (line.page === undefined) return;
    const end = ends.get(line.page);
    if (end) end.last = index;
    else ends.set(line.page, { first: index, last: index });
  });
  const found = new Set<number>();
  for (const side of ['first', 'last'] as const) {
    const printed = [...ends].flatMap(([page, end]) => {
      const match = lone.exec(texts[end[side]]!);
      return match ? [{ index: end[side], offset: page - Number(match[1]) }] : [];
    });
    const pagesWith = new Map<number, number>();
    for (const { offset } of printed) pagesWith.set(offset, (pagesWith.get(offset) ?? 0) + 1);
    for (const { index, offset } of printed) {
      if ((side === 'last' && offset === 0) || pagesWith.get(offset)! >= 3) found.add(index);
    }
  }
  return found;
}

/** Lines that may print one page's number. */
export interface PageCandidates {
  readonly lines: readonly Line[];
  /** True when one of them is sure to be the number (the text prints every other page's number); false when none may be. */
  readonly one: boolean;
}

/** The bare page numbers of a text that keeps no pages, as far as the text proves them (see `barePageNumbers`). */
export interface BarePageNumbers {
  /** Lines that are page numbers: the prose's, and those a table holds that no other line could be. */
  readonly pages: ReadonlySet<Line>;
  /** The tables' lines that may be a page's number or a cell, a group for each page: at most one of a group is its number. */
  readonly uncertain: readonly PageCandidates[];
}

/**
 * The bare page numbers (`3` on a line of its own) of a text that keeps no pages — a PDF viewer's copy, an
 * extraction without form feeds — where one is a cell as far as its line tells.
 *
 * Outside the tables a figure alone on its line is no cell. When those figures rise along the text (`2` … `5` …),
 * they are the pages' numbers, and the numbers they skip were printed before them, inside a table: the pages before
 * `2` print `1`, those between `2` and `5` print `3` and `4`, in that order. A table's line `3` there is the page
 * number when no other line of `3` could be (`pages`); when two or more could, or a skipped number has no line that
 * could print it, the stretch's lines are left `uncertain`. Lone figures outside the tables that do not rise, or a
 * chain of fewer than three numbers in all (no more than an accident), prove nothing and give nothing.
 *
 * `lines` are the text's lines without grid rows' (a row of a grid is never a page number), `inTable` tells the lines
 * of the three tables.
 */
export function barePageNumbers(lines: readonly Line[], texts: readonly string[], inTable: (line: Line) => boolean): BarePageNumbers {
  const figures: Array<{ readonly index: number; readonly value: number; readonly table: boolean }> = [];
  texts.forEach((text, index) => {
    const match = lone.exec(text);
    const line = lines[index]!;
    const grid = line.fields.some((field) => field.column !== undefined);
    if (match && !grid && Number(match[1]) > 0) figures.push({ index, value: Number(match[1]), table: inTable(line) });
  });
  const anchors = figures.filter((figure) => !figure.table);
  const rising = anchors.every((anchor, i) => i === 0 || anchor.value > anchors[i - 1]!.value);
  if (anchors.length === 0 || !rising) return { pages: new Set(), uncertain: [] };
  // the tables' lone figures by value, in text order
  const held = new Map<number, number[]>();
  for (const figure of figures) {
    if (!figure.table) continue;
    const indexes = held.get(figure.value);
    if (indexes) indexes.push(figure.index);
    else held.set(figure.value, [figure.index]);
  }
  // each stretch before a number of the prose (from the text's start, or from the number before), with the numbers
  // it skips and, for each, the tables' lines that could print it
  const bounds = [{ index: -1, value: 0 }, ...anchors];
  const stretches = anchors.map((to, b) => {
    const from = bounds[b]!;
    const skipped = Array.from({ length: to.value - from.value - 1 }, (_, i) => from.value + 1 + i);
    return possiblePages(skipped.map((value) => (held.get(value) ?? []).filter((index) => index > from.index && index < to.index)), from.index, to.index);
  });
  // the chain of numbers is evidence only when it is long enough to be no accident
  const chain = anchors.length + stretches.reduce((sum, stretch) => sum + stretch.filter((possible) => possible.length > 0).length, 0);
  if (chain < 3) return { pages: new Set(), uncertain: [] };
  const pages = new Set(anchors.map((anchor) => lines[anchor.index]!));
  const uncertain: PageCandidates[] = [];
  for (const stretch of stretches) {
    // a page without a line that could print its number leaves the stretch's others unproven
    const whole = stretch.every((possible) => possible.length > 0);
    for (const possible of stretch) {
      if (whole && possible.length === 1) pages.add(lines[possible[0]!]!);
      else if (possible.length > 0) uncertain.push({ lines: possible.map((index) => lines[index]!), one: whole });
    }
  }
  return { pages, uncertain };
}

/**
 * For each page number a stretch of text skips, the lines (their indexes) that can print it: a page's number follows
 * the one before it, so each line must leave room for the earlier numbers before it and the later ones after it.
 */
function possiblePages(held: ReadonlyArray<readonly number[]>, from: number, to: number): number[][] {
  const earliest: number[] = [];
  let after = from;
  for (const indexes of held) {
    const first = indexes.find((index) => index > after);
    earliest.push(first ?? Infinity);
    if (first !== undefined) after = first;
  }
  const latest: number[] = [];
  let before = to;
  for (const indexes of [...held].reverse()) {
    const last = indexes.findLast((index) => index < before);
    latest.unshift(last ?? -Infinity);
    if (last !== undefined) before = last;
  }
  return held.map((indexes, k) => indexes.filter((index) => index >= earliest[k]! && index <= latest[k]!));
}

/** A page's number among dashes glued to the start of a line, with text after it (`-4-3.补正后…`). */
const gluedMark = /^\s*[-－—–]\s*(\d{1,3})\s*[-－—–](?=\S)/u;

/** Chains of glued marks shorter than this prove nothing: two may rise by accident. */
const shortestChain = 3;

/**
 * The page numbers among dashes glued to the start of lines, as pypdf gives a page whose footer (`-4-`) its content
 * draws first: `-4-3.补正后申请内容仍不明确0000000`. Such a mark is taken only in a chain of three or more that rise
 * one by one along the text (`-1-`, `-2-`, `-3-` …), as a document's pages do; anywhere else `-4-3` may be a table's
 * blank and figures. For each line that starts with one, the length of the mark (UTF-16 units of its text).
 */
export function gluedPageMarks(texts: readonly string[]): Map<number, number> {
  const marks: Array<{ index: number; page: number; length: number }> = [];
  texts.forEach((text, index) => {
    const match = gluedMark.exec(text);
    if (match) marks.push({ index, page: Number(match[1]), length: match[0].length });
  });
  const found = new Map<number, number>();
  let chain: typeof marks = [];
  const close = () => {
    if (chain.length >= shortestChain) for (const mark of chain) found.set(mark.index, mark.length);
  };
  for (const mark of marks) {
    if (chain.length > 0 && mark.page !== chain.at(-1)!.page + 1) {
      close();
      chain = [];
    }
    chain.push(mark);
  }
  close();
  return found;
}

