import type { Report } from '@disclosure/core';
import { toHtml } from '@disclosure/renderer';
import { utf8, type Generator } from '../document.ts';
import { seededRandom } from '../seeded-random.ts';

/** One table of the page split in two at a body row: the second part with the header rows again, or without. */
function splitTable(table: string, random: () => number): string {
  const body = /<tbody>([\s\S]*)<\/tbody>/u.exec(table);
  if (!body) return table;
  const rows = body[1]!.match(/<tr[\s\S]*?<\/tr>/gu) ?? [];
  if (rows.length < 2) return table;
  const cut = 1 + Math.floor(random() * (rows.length - 1));
  const open = /^<table[^>]*>/u.exec(table)![0];
  const head = random() < 0.5 ? (/<thead>[\s\S]*?<\/thead>/u.exec(table)?.[0] ?? '') : '';
  const before = table.slice(0, body.index) + `<tbody>${rows.slice(0, cut).join('\n')}</tbody></table>`;
  return `${before}\n<p></p>\n${open}${head}<tbody>${rows.slice(cut).join('\n')}</tbody></table>`;
}

/**
 * A web page whose tables each continue in a second `<table>` from a seeded row on, as pages pasted from Word across
 * a page break print them: the second part repeats the header rows or not (seeded), and a merged label cell whose rows
 * the cut parts (`（三）不予公开` over eight rows) stays with the first part, so the rows after the cut count their
 * columns from one label cell fewer.
 */
export function toSplitTables(report: Report, seed: number): string {
  const random = seededRandom(seed);
  return toHtml(report).replace(/<table[\s\S]*?<\/table>/gu, (table) => splitTable(table, random));
}

/** Class “web page whose tables are split in two”. */
export const splitTables: Generator = {
  id: 'split-tables',
  class: 'split-tables',
  description: 'toHtml with every table continued in a second <table> from a seeded row, its header rows repeated or not (seeded)',
  generate: (report, seed) => ({ name: 'page.html', class: 'split-tables', bytes: utf8(toSplitTables(report, seed)), expected: report }),
};
