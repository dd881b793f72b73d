import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import type { Grid, GridCell } from '../grid/grid.ts';
import { docxFonts, runFont } from './fonts.ts';
import { textWidth } from './page.ts';

const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const borders = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };

function docxCell(cell: GridCell, widths: readonly number[], column: number): TableCell {
  const colSpan = cell.colSpan ?? 1;
  const width = widths.slice(column, column + colSpan).reduce((a, b) => a + b, 0);
  return new TableCell({
    children: [
      new Paragraph({
        alignment: cell.kind === 'label' ? AlignmentType.LEFT : AlignmentType.CENTER,
        children: [
          new TextRun({ text: cell.text, font: runFont(cell.kind === 'group' ? docxFonts.heading.font : docxFonts.table.font), size: docxFonts.table.size }),
        ],
      }),
    ],
    verticalAlign: VerticalAlign.CENTER,
    width: { size: width, type: WidthType.DXA },
    margins: { top: 30, bottom: 30, left: 60, right: 60 },
    ...(colSpan > 1 ? { columnSpan: colSpan } : {}),
    ...(cell.rowSpan && cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
  });
}

/**
 * A grid as a Word table with the same merged cells: `columnSpan` becomes `w:gridSpan`, `rowSpan` the
 * `w:vMerge` restart/continue cells. The head rows repeat on every page; rows do not break across pages.
 */
export function docxTable(grid: Grid): Table {
  const total = grid.widths.reduce((a, b) => a + b, 0);
  const widths = grid.widths.map((share) => Math.floor((share / total) * textWidth));
  const occupied: number[] = Array<number>(grid.columns).fill(0);
  const rows = grid.rows.map((row) => {
    let column = 0;
    const cells = row.cells.map((cell) => {
      while (occupied[column]! > 0) column++;
      const made = docxCell(cell, widths, column);
      for (let c = column; c < column + (cell.colSpan ?? 1); c++) occupied[c] = cell.rowSpan ?? 1;
      column += cell.colSpan ?? 1;
      return made;
    });
    for (let c = 0; c < occupied.length; c++) occupied[c] = Math.max(0, occupied[c]! - 1);
    return new TableRow({ children: cells, cantSplit: true, ...(row.head ? { tableHeader: true } : {}) });
  });
  return new Table({
    rows,
    columnWidths: widths,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders,
  });
}
