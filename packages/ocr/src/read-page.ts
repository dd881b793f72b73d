import type { Field, Line } from '@disclosure/parser';
import { orient } from './orient.ts';
import { findTables, ruleTolerance, type TableCell } from './find-tables.ts';
import { findTextLines, minLineHeight } from './find-text-lines.ts';
import type { Box, GrayImage } from './gray-image.ts';
import type { Reading, Recognizer } from './recognizer.ts';

/** What {@link readPage} needs to know of the page. */
export interface PageInfo {
  /** Page number, from 1. */
  readonly page: number;
  /** Pixels per inch of the image. */
  readonly dpi: number;
}

/** A page read: its lines, and the skew it was turned by. */
export interface PageReading {
  readonly lines: Line[];
  /** Degrees the scan was turned to lie level. */
  readonly skew: number;
  /** Quarter turns (clockwise) the scan was given to stand upright. */
  readonly turns: number;
}

function pad(box: Box, by: number, image: GrayImage): Box {
  return {
    x0: Math.max(0, box.x0 - by),
    y0: Math.max(0, box.y0 - by),
    x1: Math.min(image.width, box.x1 + by),
    y1: Math.min(image.height, box.y1 + by),
  };
}

/**
 * Share of a long text line's height added above and below it: smaller characters make a narrower input, and the
 * recogniser's time grows with its input's width. Short lines (a lone digit reads worse when small) keep 4 pixels.
 */
const lineMargin = 0.25;
/** A line at least this many times as wide as high is long. */
const longLine = 3;

/** A text line's crop: 4 pixels around its ink, and on a long line {@link lineMargin} of its height above and below, inside `bound`. */
function cropLine(box: Box, bound: Box): Box {
  const h = box.y1 - box.y0;
  const margin = box.x1 - box.x0 >= longLine * h ? Math.max(4, Math.round(h * lineMargin)) : 4;
  return {
    x0: Math.max(bound.x0, box.x0 - 4),
    y0: Math.max(bound.y0, box.y0 - margin),
    x1: Math.min(bound.x1, box.x1 + 4),
    y1: Math.min(bound.y1, box.y1 + margin),
  };
}

function union(boxes: readonly Box[]): Box {
  return {
    x0: Math.min(...boxes.map((b) => b.x0)),
    y0: Math.min(...boxes.map((b) => b.y0)),
    x1: Math.max(...boxes.map((b) => b.x1)),
    y1: Math.max(...boxes.map((b) => b.y1)),
  };
}

/**
 * The field of a reading at `box`, in points from the page's top-left corner. `inked`: the crop held a line of ink,
 * so an empty reading is ink nobody could read (`ocr` is kept, and the reader leaves the cell unread, not blank).
 */
function toField(reading: Reading, box: Box, info: PageInfo, inked: boolean, grid?: { column: number; span: number }): Field {
  const k = 72 / info.dpi;
  const bbox = [box.x0 * k, box.y0 * k, box.x1 * k, box.y1 * k] as const;
  return {
    text: reading.text,
    place: { kind: 'pdf', page: info.page, bbox },
    x: [bbox[0], bbox[2]],
    ...(grid ? { column: grid.column, ...(grid.span > 1 ? { span: grid.span } : {}) } : {}),
    ...(reading.text || inked ? { ocr: { confidence: Math.round(reading.confidence * 1000) / 1000 } } : {}),
    ...(reading.candidates.length ? { candidates: reading.candidates } : {}),
  };
}

/**
 * Reads one page image into layout lines: the page turned upright and level, ruled tables found from their rules, each cell
 * read on its own (digits only where it holds a number), the text outside tables read line by line.
 */
export async function readPage(source: GrayImage, recognizer: Recognizer, info: PageInfo): Promise<PageReading> {
  const { image, ink, rules, skew, turns } = await orient(source, recognizer, info.dpi);
  const { width, height } = image;
  const dpi = info.dpi;
  const tolerance = ruleTolerance(dpi);
  const tables = findTables(rules.horizontal, rules.vertical, tolerance);
  const minHeight = minLineHeight(dpi);
  const items: Array<{ y: number; line: Line }> = [];

  const blank: Reading = { text: '', confidence: 0, candidates: [] };
  /** A cell's reading; `inked` when it holds a line of ink (one no taller than a dash, or specks, is blank paper). */
  const readCell = async (cell: TableCell): Promise<{ reading: Reading; inked: boolean }> => {
    const inset = tolerance;
    const inner = { x0: cell.box.x0 + inset, y0: cell.box.y0 + inset, x1: cell.box.x1 - inset, y1: cell.box.y1 - inset };
    if (inner.x1 <= inner.x0 || inner.y1 <= inner.y0) return { reading: blank, inked: false };
    const lines = findTextLines(ink, width, inner, { minHeight });
    if (lines.length === 0) return { reading: blank, inked: false };
    const readings: Reading[] = [];
    for (const pieces of lines) readings.push(await recognizer.read(image, cropLine(union(pieces), cell.box), 'auto'));
    if (readings.length === 1) return { reading: readings[0]!, inked: true };
    const text = readings.map((r) => r.text).join('');
    const confidence = readings.reduce((s, r) => s + r.confidence, 0) / readings.length;
    return { reading: { text, confidence, candidates: [] }, inked: true };
  };

  for (const table of tables) {
    for (let row = 0; row < table.rows; row++) {
      const cells = table.cells.filter((c) => c.row === row);
      if (cells.length === 0) continue;
      const fields: Field[] = [];
      for (const cell of cells) {
        const { reading, inked } = await readCell(cell);
        fields.push(toField(reading, cell.box, info, inked, { column: cell.column, span: cell.columnSpan }));
      }
      if (fields.some((f) => f.text !== '' || f.ocr)) {
        items.push({ y: cells[0]!.box.y0, line: { fields, place: fields[0]!.place, page: info.page } });
      }
    }
  }

  const page = { x0: 0, y0: 0, x1: width, y1: height };
  const prose = findTextLines(ink, width, page, {
    minHeight,
    maxGap: Math.round(dpi * 0.4),
    exclude: tables.map((t) => pad(t.box, tolerance, image)),
  });
  for (const pieces of prose) {
    const fields: Field[] = [];
    for (const piece of pieces) {
      const box = cropLine(piece, page);
      const reading = await recognizer.read(image, box, 'text');
      if (reading.text.trim() && reading.confidence >= 0.5) fields.push(toField(reading, piece, info, true));
    }
    if (fields.length) items.push({ y: pieces[0]!.y0, line: { fields, place: fields[0]!.place, page: info.page } });
  }
  items.sort((a, b) => a.y - b.y);
  return { lines: items.map((item) => item.line), skew, turns };
}
