import type { Report } from '@disclosure/core';
import { utf8, type Generator } from '../document.ts';
import { seededRandom } from '../seeded-random.ts';
import { toPdfViewerText } from './pdf-viewer-text.ts';
import { toTornMarkdown } from './torn-markdown.ts';

/**
 * Text whose pages end in a bare page number and are joined without a form feed — what select-all + copy gives in a
 * PDF viewer (Chrome's, Firefox's), or a PDF→Markdown extraction that keeps the pages' footers: `pdf-viewer-text`'s
 * text (even seeds) or `torn-markdown`'s Markdown (odd seeds) broken into pages of 25 to 60 lines (seeded, cutting
 * tables and paragraphs where they fall), each page ending in its number alone on a line (`3`), the last page too.
 * Nothing but the figure marks the break.
 */
export function toPagedViewerText(report: Report, seed: number): string {
  const random = seededRandom(seed);
  const text = seed % 2 === 0 ? toPdfViewerText(report, seed) : toTornMarkdown(report, seededRandom(seed));
  const pageLength = () => 25 + Math.floor(random() * 36);
  const out: string[] = [];
  let page = 1;
  let end = pageLength();
  for (const line of text.trimEnd().split('\n')) {
    out.push(line);
    if (out.length - (page - 1) >= end) {
      out.push(String(page++));
      end += pageLength();
    }
  }
  out.push(String(page));
  return `${out.join('\n')}\n`;
}

/** Class “text whose pages end in a bare page number”. */
export const pagedViewerText: Generator = {
  id: 'paged-viewer-text',
  class: 'paged-viewer-text',
  description: "pdf-viewer-text's text (even seeds) or torn-markdown's Markdown (odd) broken into pages of 25–60 seeded lines, each ending in its bare number on a line of its own (no form feed, as a viewer's copy joins pages)",
  generate: (report, seed) => ({ name: seed % 2 === 0 ? 'viewer-copy.txt' : 'extraction.md', class: 'paged-viewer-text', bytes: utf8(toPagedViewerText(report, seed)), expected: report }),
};
