import { checkReports, type Report } from '@disclosure/core';
import { renderBlocks, type Handlers } from '../document/blocks.ts';
import { reportBlocks } from '../document/report-blocks.ts';
import { expandGrid } from '../grid/expand-grid.ts';
import type { Grid } from '../grid/grid.ts';

/** One line of prose: tabs would start table cells, so they become spaces. */
function line(text: string): string {
  return text.replace(/[\t\r\n]+/gu, ' ');
}

/**
 * A grid as tab-separated lines, one field per grid column, as text extracted from a published Word or WPS file
 * prints a table: a merged cell's text stands in its first slot and the slots it covers are empty fields, so
 * every value keeps the field index of its column.
 */
export function textTable(grid: Grid): string {
  return expandGrid(grid)
    .map((slots) => slots.map(({ cell, origin }) => (origin ? line(cell.text) : '')).join('\t'))
    .join('\n');
}

/**
 * A report as plain text like that extracted from published files: the title, one line per heading and per prose
 * paragraph, and the tables as tab-separated rows (a blank cell is an empty field between tabs).
 * Throws `NotAReportError` (from `@disclosure/core`) when `report` is not a report.
 */
export function toText(report: Report): string {
  return checkReports('toText', [report], () => renderText(report));
}

function renderText(report: Report): string {
  const handle: Handlers<string> = {
    title: (block) => line(block.text),
    preamble: (block) => block.paragraphs.map(line).join('\n'),
    section: (block) =>
      [line(block.heading), ...block.paragraphs.map(line), block.table ? textTable(block.table) : '']
        .filter(Boolean)
        .join('\n'),
    signature: (block) => block.lines.map(line).join('\n'),
  };
  return `${renderBlocks(reportBlocks(report), handle).join('\n')}\n`;
}
