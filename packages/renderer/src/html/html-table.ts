import type { CellPath } from '@disclosure/core';
import type { Grid, GridCell, GridRow } from '../grid/grid.ts';
import type { DiagnosticMark } from './diagnostic-marks.ts';
import { escapeHtml } from './escape-html.ts';

function spans(cell: GridCell): string {
  return (cell.colSpan && cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : '') + (cell.rowSpan && cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : '');
}

function htmlCell(cell: GridCell, marks: ReadonlyMap<CellPath, DiagnosticMark>): string {
  const text = escapeHtml(cell.text);
  if (cell.kind !== 'value') {
    const scope = cell.kind === 'label' ? ' scope="row"' : cell.kind === 'header' ? ' scope="col"' : '';
    return `<th class="dx-${cell.kind}"${scope}${spans(cell)}>${text}</th>`;
  }
  const mark = cell.path === undefined ? undefined : marks.get(cell.path);
  const classes = mark ? `dx-value dx-${mark.severity}` : 'dx-value';
  const path = cell.path === undefined ? '' : ` data-path="${escapeHtml(cell.path)}"`;
  const title = mark ? ` title="${escapeHtml([mark.label, ...mark.messages].join('\n'))}"` : '';
  return `<td class="${classes}"${path}${title}${spans(cell)}>${text}</td>`;
}

function htmlRows(rows: readonly GridRow[], marks: ReadonlyMap<CellPath, DiagnosticMark>): string {
  return rows.map((row) => `<tr>${row.cells.map((cell) => htmlCell(cell, marks)).join('')}</tr>`).join('\n');
}

/** A grid as an HTML table with its `colspan`/`rowspan`; head rows in `<thead>`, each value cell with `data-path`. */
export function htmlTable(grid: Grid, marks: ReadonlyMap<CellPath, DiagnosticMark>): string {
  const head = grid.rows.filter((row) => row.head);
  const body = grid.rows.filter((row) => !row.head);
  return [
    `<table class="dx-table" data-table="${grid.key}">`,
    `<colgroup>${grid.widths.map((width) => `<col style="width:${Number(width.toFixed(2))}%">`).join('')}</colgroup>`,
    head.length > 0 ? `<thead>\n${htmlRows(head, marks)}\n</thead>` : '',
    `<tbody>\n${htmlRows(body, marks)}\n</tbody>`,
    '</table>',
  ]
    .filter(Boolean)
    .join('\n');
}
