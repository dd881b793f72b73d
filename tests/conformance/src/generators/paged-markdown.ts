import type { Report } from '@disclosure/core';
import { utf8, type Generator } from '../document.ts';
import { seededRandom } from '../seeded-random.ts';
import { toRepeatedSpans } from './repeated-spans.ts';

/**
 * What a page prints in its margins where page `page` of `pages` ends, each way real prints do: its number among
 * dashes, in words, with the count, or bare; or a browser's footer (the page's address, `3/8`) and, on the next
 * page, its header (the date and time). Every break ends in a form feed, as `pdftotext` parts pages.
 */
const margins: ReadonlyArray<(page: number, pages: number) => string[]> = [
  (page) => [`- ${page} -`, '\f'],
  (page) => [`第 ${page} 页`, '\f'],
  (page, pages) => [`第${page}页 共${pages}页`, '\f'],
  (page) => [`${page}`, '\f'],
  (page, pages) => ['https://www.example.gov.cn/zwgk/2025/0310/report.html', `${page}/${pages}`, '\f', '2026/3/10 10:58'],
];

/**
 * A PDF→Markdown extraction that keeps each page's margins: `repeated-spans`'s Markdown (docling- or marker-like)
 * broken into pages at two to four seeded lines — cutting a table or a paragraph where they fall — each break
 * printing its page's margins (see `margins`, one way per break, seeded).
 */
export function toPagedMarkdown(report: Report, seed: number): string {
  const random = seededRandom(seed);
  const lines = toRepeatedSpans(report, seed).split('\n');
  const count = 2 + Math.floor(random() * 3);
  const breaks = [...new Set(Array.from({ length: count }, () => 1 + Math.floor(random() * (lines.length - 1))))].sort((a, b) => a - b);
  const out: string[] = [];
  let page = 1;
  lines.forEach((line, i) => {
    if (breaks.includes(i)) out.push(...margins[Math.floor(random() * margins.length)]!(page++, breaks.length + 1));
    out.push(line);
  });
  return out.join('\n');
}

/** Class “PDF→Markdown extraction that keeps the pages' margins”. */
export const pagedMarkdown: Generator = {
  id: 'paged-markdown',
  class: 'paged-markdown',
  description: "repeated-spans' Markdown broken into pages at 2–4 seeded lines, each break printing a page number (dashes, words, count, bare) or a browser's footer and header, then a form feed",
  generate: (report, seed) => ({ name: 'extraction.md', class: 'paged-markdown', bytes: utf8(toPagedMarkdown(report, seed)), expected: report }),
};
