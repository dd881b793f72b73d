import type { Report } from '@disclosure/core';
import { toHtml, toText } from '@disclosure/renderer';
import { utf8, type Generator } from '../document.ts';
import { seededRandom } from '../seeded-random.ts';

const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** A count below 100 in Chinese numerals, as some offices type it (`十一`, `二十`, `零`). */
function inWords(count: number): string {
  if (count < 10) return digits[count]!;
  const [tens, ones] = [Math.floor(count / 10), count % 10];
  return `${tens === 1 ? '' : digits[tens]}十${ones === 0 ? '' : digits[ones]}`;
}

/**
 * A figure printed so that it does not read as one: in words, with a separator where none belongs (`3,3`), a digit
 * scanned as a letter (`1O`, `l2`), or a unit the format does not print (`3人次`).
 */
const misprints: ReadonlyArray<(figure: string) => string | undefined> = [
  (figure) => (/^\d{1,2}$/u.test(figure) ? inWords(Number(figure)) : undefined),
  (figure) => (/^\d{2,}$/u.test(figure) ? `${figure.slice(0, 1)},${figure.slice(1)}` : undefined),
  (figure) => (/[01]/u.test(figure) ? figure.replace(/[01]/u, (digit) => (digit === '0' ? 'O' : 'l')) : undefined),
  (figure) => (/^\d+$/u.test(figure) ? `${figure}人次` : undefined),
];

/** Each table figure is misprinted with this chance. */
const rate = 0.1;

/**
 * A report as tab text (odd seeds) or a web page (even seeds) in which some table figures, seeded, are printed so
 * that they do not read as figures (`十一`, `3,3`, `1O`, `3人次`). Each such cell is unread: nothing the row prints
 * stands for it, so neither a cut of another figure nor a blank fills it.
 */
export function toUnreadableCells(report: Report, seed: number): string {
  const random = seededRandom(seed);
  const misprint = (figure: string): string => {
    if (random() >= rate) return figure;
    return misprints[Math.floor(random() * misprints.length)]!(figure) ?? figure;
  };
  if (seed % 2 === 0) return toHtml(report).replace(/(<td[^>]*>)(\d+)(<\/td>)/gu, (_, open: string, figure: string, close: string) => open + misprint(figure) + close);
  return toText(report).replace(/(?<=\t)(\d+)(?=\t|$)/gmu, (figure: string) => misprint(figure));
}

/** Class “cells printed as something other than a figure”. */
export const unreadableCells: Generator = {
  id: 'unreadable-cells',
  class: 'unreadable-cells',
  description: 'toText (odd seeds) or toHtml (even seeds) with one table figure in ten (seeded) printed in words, with a stray separator, with a digit scanned as a letter, or with a unit (`十一`, `3,3`, `1O`, `3人次`)',
  generate: (report, seed) => ({ name: seed % 2 === 0 ? 'page.html' : 'report.txt', class: 'unreadable-cells', bytes: utf8(toUnreadableCells(report, seed)), expected: report }),
};
