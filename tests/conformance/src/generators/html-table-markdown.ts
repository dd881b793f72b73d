import type { Report } from '@disclosure/core';
import { toHtml } from '@disclosure/renderer';
import { utf8, type Generator } from '../document.ts';

const entities: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** The text of a heading or paragraph of the renderer's HTML: tags dropped, its escapes undone. */
function plain(html: string): string {
  return html.replace(/<[^>]*>/gu, '').replace(/&(?:amp|lt|gt|quot|#39);/gu, (entity) => entities[entity]!);
}

/**
 * A report as a PDF→Markdown extraction writes it when its tables merge cells (MinerU, pandoc): the title and
 * section headings as Markdown headings, paragraphs as lines, every table as its raw HTML with `colspan` and
 * `rowspan` — on one line (even seeds, as MinerU writes it) or a line per row (odd seeds, as pandoc does).
 */
export function toHtmlTableMarkdown(report: Report, seed: number): string {
  const html = toHtml(report);
  const article = html.slice(html.indexOf('<article'), html.lastIndexOf('</article>'));
  const out: string[] = [];
  for (const block of article.matchAll(/<table[\s\S]*?<\/table>|<h([1-6])[^>]*>([\s\S]*?)<\/h\1>|<p[^>]*>([\s\S]*?)<\/p>/gu)) {
    if (block[1]) out.push(`${'#'.repeat(Number(block[1]))} ${plain(block[2]!)}`);
    else if (block[3] !== undefined) out.push(plain(block[3]));
    else out.push(seed % 2 === 0 ? block[0].replace(/\s*\n\s*/gu, '') : block[0]);
    out.push('');
  }
  return out.join('\n');
}

/** Class “Markdown extraction whose tables are raw HTML”. */
export const htmlTableMarkdown: Generator = {
  id: 'html-table-markdown',
  class: 'html-table-markdown',
  description: 'toHtml as a Markdown extraction: headings and paragraphs as Markdown, each table as raw HTML with its merged cells, on one line (even seeds) or a line per row',
  generate: (report, seed) => ({ name: 'extraction.md', class: 'html-table-markdown', bytes: utf8(toHtmlTableMarkdown(report, seed)), expected: report }),
};
