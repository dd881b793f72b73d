import type { Report } from '@disclosure/core';
import { toHtml } from '@disclosure/renderer';
import { utf8, type Generator } from '../document.ts';

const entities: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** The text of a heading, paragraph or cell of the renderer's HTML: tags dropped, its escapes undone. */
export function plain(html: string): string {
  return html.replace(/<[^>]*>/gu, '').replace(/&(?:amp|lt|gt|quot|#39);/gu, (entity) => entities[entity]!);
}

/** A block of the renderer's article, in order: a heading (level, text), a paragraph, or a table's raw HTML. */
type ArticleBlock = { readonly kind: 'heading'; readonly level: number; readonly text: string } | { readonly kind: 'paragraph'; readonly text: string } | { readonly kind: 'table'; readonly html: string };

/**
 * `toHtml(report)`'s article as a Markdown extraction writes it: headings as Markdown headings, paragraphs as lines,
 * each table as `writeTable` writes its raw HTML; blocks apart by an empty line.
 */
export function extractionOf(report: Report, writeTable: (html: string) => string): string {
  return articleBlocks(report)
    .map((block) => (block.kind === 'heading' ? `${'#'.repeat(block.level)} ${block.text}` : block.kind === 'paragraph' ? block.text : writeTable(block.html)))
    .join('\n\n');
}

/** The headings, paragraphs and tables of `toHtml(report)`'s article, in order. */
function articleBlocks(report: Report): ArticleBlock[] {
  const html = toHtml(report);
  const article = html.slice(html.indexOf('<article'), html.lastIndexOf('</article>'));
  return [...article.matchAll(/<table[\s\S]*?<\/table>|<h([1-6])[^>]*>([\s\S]*?)<\/h\1>|<p[^>]*>([\s\S]*?)<\/p>/gu)].map((block): ArticleBlock => {
    if (block[1]) return { kind: 'heading', level: Number(block[1]), text: plain(block[2]!) };
    if (block[3] !== undefined) return { kind: 'paragraph', text: plain(block[3]) };
    return { kind: 'table', html: block[0] };
  });
}

/**
 * A report as a PDF→Markdown extraction writes it when its tables merge cells (MinerU, pandoc): the title and
 * section headings as Markdown headings, paragraphs as lines, every table as its raw HTML with `colspan` and
 * `rowspan` — on one line (even seeds, as MinerU writes it) or a line per row (odd seeds, as pandoc does).
 */
export function toHtmlTableMarkdown(report: Report, seed: number): string {
  return `${extractionOf(report, (html) => (seed % 2 === 0 ? html.replace(/\s*\n\s*/gu, '') : html))}\n`;
}

/** Class “Markdown extraction whose tables are raw HTML”. */
export const htmlTableMarkdown: Generator = {
  id: 'html-table-markdown',
  class: 'html-table-markdown',
  description: 'toHtml as a Markdown extraction: headings and paragraphs as Markdown, each table as raw HTML with its merged cells, on one line (even seeds) or a line per row',
  generate: (report, seed) => ({ name: 'extraction.md', class: 'html-table-markdown', bytes: utf8(toHtmlTableMarkdown(report, seed)), expected: report }),
};
