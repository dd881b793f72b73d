import { checkReports, type Report } from '@disclosure/core';
import { renderBlocks, type Handlers } from '../document/blocks.ts';
import { reportBlocks } from '../document/report-blocks.ts';
import { expandGrid } from '../grid/expand-grid.ts';
import type { Grid } from '../grid/grid.ts';
import { escapeMarkdown, escapeMarkdownCell } from './escape-markdown.ts';

/**
 * A grid as a GFM table. GFM has no merged cells, so a merged label or header is written out in full in every
 * slot it covers (`三、本年度办理结果` on each result row); a value, or one column drawn wider (table 2's
 * single-column blocks), is printed once and the slots after it are left empty, so nothing is counted twice. The first grid row is the GFM header row.
 */
export function markdownTable(grid: Grid): string {
  const rows = expandGrid(grid).map((slots) =>
    slots.map(({ cell, origin }) => escapeMarkdownCell(!origin && (cell.kind === 'value' || cell.widened) ? '' : cell.text)),
  );
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const [head, ...body] = rows;
  return [line(head!), line(head!.map(() => '---')), ...body.map(line)].join('\n');
}

/**
 * A report as GitHub-flavoured Markdown: `#` title, `##` section headings with their ordinals, prose paragraphs,
 * and tables 二–四 as GFM tables with merged labels written out in full.
 * Throws `NotAReportError` (from `@disclosure/core`) when `report` is not a report.
 */
export function toMarkdown(report: Report): string {
  return checkReports('toMarkdown', [report], () => renderMarkdown(report));
}

function renderMarkdown(report: Report): string {
  const handle: Handlers<string> = {
    title: (block) => `# ${escapeMarkdown(block.text)}`,
    preamble: (block) => block.paragraphs.map(escapeMarkdown).join('\n\n'),
    section: (block) =>
      [
        `## ${escapeMarkdown(block.heading)}`,
        ...block.paragraphs.map(escapeMarkdown),
        block.table ? markdownTable(block.table) : '',
      ]
        .filter(Boolean)
        .join('\n\n'),
    signature: (block) => block.lines.map(escapeMarkdown).join('\n\n'),
  };
  return `${renderBlocks(reportBlocks(report), handle).join('\n\n')}\n`;
}
