import type { Report } from '@disclosure/core';
import { toHtml, toText } from '@disclosure/renderer';
import { utf8, type Generator } from '../document.ts';
import { seededRandom } from '../seeded-random.ts';

/** A figure as a person or a web page may type it: full-width, with thousands separators, or with `&#8203;` after it. */
const styles: ReadonlyArray<(figure: string, html: boolean) => string> = [
  (figure) => figure.replace(/[0-9.-]/gu, (character) => String.fromCharCode(character.charCodeAt(0) + 0xfee0)),
  (figure) => figure.replace(/^(-?)(\d+)/u, (_, sign: string, digits: string) => sign + Number(digits).toLocaleString('en-US')),
  (figure) => figure.replace(/^(-?)(\d+)/u, (_, sign: string, digits: string) => sign + Number(digits).toLocaleString('en-US').replaceAll(',', '，')),
  (figure, html) => `${figure}${html ? '&#8203;' : '\u200b'}`,
  (figure, html) => (html ? `&nbsp;${figure}&nbsp;` : `\u00a0${figure}\u00a0`),
];

/**
 * A report as tab text (odd seeds) or a web page (even seeds) whose table cells type their figures in the ways real
 * pages do, each cell's way drawn by the seed: full-width digits (`７２`), thousands separators (`1,234`,
 * `1，234`), a zero-width space after the figure, non-breaking spaces around it — or as usual.
 */
export function toTypedFigures(report: Report, seed: number): string {
  const random = seededRandom(seed);
  const html = seed % 2 === 0;
  const restyle = (figure: string): string => {
    const style = styles[Math.floor(random() * (styles.length + 1))];
    return style ? style(figure, html) : figure;
  };
  if (html) return toHtml(report).replace(/(<t[dh][^>]*>)(-?\d+(?:\.\d+)?)(<\/t[dh]>)/gu, (_, open: string, figure: string, close: string) => open + restyle(figure) + close);
  return toText(report).replace(/(?<=^|\t)(-?\d+(?:\.\d+)?)(?=\t|$)/gmu, (figure: string) => restyle(figure));
}

/** Class “figures typed as real pages type them”. */
export const typedFigures: Generator = {
  id: 'typed-figures',
  class: 'typed-figures',
  description: 'toText (odd seeds) or toHtml (even seeds) with each table figure full-width, with thousands separators, with a zero-width space after it, non-breaking spaces around it, or as usual (seeded)',
  generate: (report, seed) => ({ name: seed % 2 === 0 ? 'page.html' : 'report.txt', class: 'typed-figures', bytes: utf8(toTypedFigures(report, seed)), expected: report }),
};
