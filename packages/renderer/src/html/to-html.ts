import { checkReports, type Diagnostic, type Language, type Report } from '@disclosure/core';
import type { Handlers } from '../document/blocks.ts';
import { renderBlocks } from '../document/blocks.ts';
import { fallbackTitle, reportBlocks } from '../document/report-blocks.ts';
import { diagnosticMarks } from './diagnostic-marks.ts';
import { escapeHtml } from './escape-html.ts';
import { htmlTable } from './html-table.ts';
import { htmlStylesheet } from './print-css.ts';

/** Options of `toHtml`. */
export interface HtmlOptions {
  /** Only the report's `<article>`, without `<html>`, `<head>` and the stylesheet. Default: `false` (a whole page with print CSS for A4). */
  readonly fragment?: boolean;
  /**
   * Diagnostics to show in place (core's `validate`, or a parse result's): each cell a diagnostic's `paths` name
   * gets the class `dx-error`, `dx-warning` or `dx-info` (the worst wins) and, as its `title`, the cell's printed
   * label (core's `describeCell`) over the rule IDs and messages. Default: none.
   */
  readonly diagnostics?: readonly Diagnostic[];
  /** The language of those marks' labels and messages (`message` or `messageEn`). Default: `'zh'`. */
  readonly language?: Language;
}

function paragraph(text: string, className?: string): string {
  return `<p${className ? ` class="${className}"` : ''}>${escapeHtml(text)}</p>`;
}

/**
 * A report as HTML in the official layout of its own edition: the title, the six sections in order, and tables
 * 二–四 with their merged cells (`colspan`/`rowspan`). Every value cell carries its cell path in `data-path`;
 * placeholders are printed as they were, `null` as an empty cell. All text is escaped.
 * Throws `NotAReportError` (from `@disclosure/core`) when `report` is not a report.
 */
export function toHtml(report: Report, options: HtmlOptions = {}): string {
  return checkReports('toHtml', [report], () => renderHtml(report, options));
}

function renderHtml(report: Report, options: HtmlOptions): string {
  const marks = diagnosticMarks(options.diagnostics ?? [], options.language ?? 'zh');
  const handle: Handlers<string> = {
    title: (block) => `<h1 class="dx-title">${escapeHtml(block.text)}</h1>`,
    preamble: (block) => block.paragraphs.map((text) => paragraph(text, 'dx-preamble')).join('\n'),
    section: (block) =>
      [
        `<section class="dx-section" data-section="${block.key}">`,
        `<h2>${escapeHtml(block.heading)}</h2>`,
        ...block.paragraphs.map((text) => paragraph(text)),
        block.table ? htmlTable(block.table, marks) : '',
        '</section>',
      ]
        .filter(Boolean)
        .join('\n'),
    signature: (block) => block.lines.map((text) => paragraph(text, 'dx-signature')).join('\n'),
  };
  const article = [
    `<article class="dx-report" data-edition="${report.edition}">`,
    ...renderBlocks(reportBlocks(report), handle),
    '</article>',
  ].join('\n');
  if (options.fragment) return article;
  return [
    '<!doctype html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(report.meta.title ?? fallbackTitle)}</title>`,
    `<style>\n${htmlStylesheet}\n</style>`,
    '</head>',
    '<body>',
    article,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
