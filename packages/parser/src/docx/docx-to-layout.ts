import type { Place } from '@disclosure/core/lite';
import { spendEvery } from '../budget.ts';
import { ParseError } from '../errors.ts';
import type { Field, Layout, Line } from '../layout/layout.ts';
import { createNumbering, type Numbering } from './numbering.ts';
import { checkSize } from '../limits.ts';
import type { LayoutOptions } from '../options.ts';
import { readListLevel } from './list-values.ts';
import { readDocxArchive } from './read-docx-archive.ts';
import { parseWordTree, type WordElement } from './word-tree.ts';

/**
 * Deepest nesting read in `word/document.xml`: Word writes a few dozen levels; the reader recurses once or twice per
 * level, so this bound keeps it far from the call stack's limit.
 */
const maxDocumentNesting = 1_000;

/** A cell with this much text holds prose, not a value or a label: its row is read as text, not as a grid row. */
export const proseLength = 150;

/** Containers that only wrap block content (content controls, custom XML, tracked insertions). */
const blockWrappers = new Set(['sdt', 'sdtContent', 'customXml', 'ins', 'moveTo', 'smartTag']);

/**
 * Properties read for list numbers and the table grid, never shown. (The tree leaves out the other hidden content:
 * run properties, deleted text, field instructions, fallback copies; see `parseWordTree`.)
 */
const properties = new Set(['pPr', 'tcPr', 'trPr']);

/** Whether an element only wraps block content. */
function wraps(element: WordElement): boolean {
  return element.local !== null && blockWrappers.has(element.local);
}

class DocxLayoutBuilder {
  readonly lines: Line[] = [];
  private paragraph = 0;
  /** Run children read so far, charged to the read's budget (`spendEvery`). */
  private passes = 0;

  constructor(private readonly numbering: Numbering) {}

  /** Block content in order: paragraphs become lines, tables become rows. */
  blocks(node: WordElement): void {
    for (const element of node.children) {
      if (typeof element === 'string') continue;
      if (element.local === 'p') this.paragraphLines(element);
      else if (element.local === 'tbl') this.table(element);
      else if (wraps(element)) this.blocks(element);
    }
  }

  /**
   * The text of a paragraph's runs (the tree holds run content as text: `w:t`, `w:tab` as a tab, `w:br`/`w:cr` as a
   * line break). Text boxes anchored in the paragraph are collected into `boxes`, to be read after it.
   */
  private runText(node: WordElement, boxes: WordElement[]): string {
    let text = '';
    for (const child of node.children) {
      spendEvery(this.passes++);
      if (typeof child === 'string') text += child;
      else if (child.local === 'txbxContent') boxes.push(child);
      else if (child.local === null || !properties.has(child.local)) text += this.runText(child, boxes);
    }
    return text;
  }

  /** The list label Word prints before a numbered paragraph (`一、`, `（三）`), from `word/numbering.xml`. */
  private label(paragraph: WordElement): string {
    const pPr = paragraph.child('pPr');
    const numPr = pPr?.child('numPr');
    const style = pPr?.child('pStyle')?.attribute();
    if (!numPr && style === undefined) return '';
    const numId = numPr?.child('numId')?.attribute();
    const level = numPr?.child('ilvl')?.attribute();
    return this.numbering.next(numId, readListLevel(level), style);
  }

  private paragraphText(paragraph: WordElement, boxes: WordElement[]): string {
    return this.label(paragraph) + this.runText(paragraph, boxes);
  }

  /** A paragraph outside grid rows: each `w:br`-separated run is a line of one field at `{table: 0, row: n}`. */
  private paragraphLines(paragraph: WordElement): void {
    const boxes: WordElement[] = [];
    const index = ++this.paragraph;
    const place: Place = { kind: 'docx', table: 0, row: index, cell: 1 };
    for (const piece of this.paragraphText(paragraph, boxes).split('\n')) {
      const text = piece.replace(/[^\S\t]+/gu, ' ').replace(/[\u200b-\u200d\u2060]/gu, '').trim();
      if (text) this.lines.push({ fields: [{ text, place }], place });
    }
    for (const box of boxes) this.blocks(box);
  }

  /** A cell's text: its paragraphs (and those of its text boxes) joined by one space. */
  private cellText(cell: WordElement): string {
    const parts: string[] = [];
    const visit = (node: WordElement): void => {
      for (const element of node.children) {
        if (typeof element === 'string') continue;
        if (element.local === 'p') {
          const boxes: WordElement[] = [];
          parts.push(this.paragraphText(element, boxes));
          boxes.forEach(visit);
        } else if (wraps(element)) visit(element);
      }
    };
    visit(cell);
    return parts.join(' ').replace(/[\s\u200b-\u200d\u2060]+/gu, ' ').trim();
  }

  /** Children named `local`, looking through content controls and custom XML wrappers. */
  private parts(node: WordElement, local: string): WordElement[] {
    const out: WordElement[] = [];
    for (const element of node.children) {
      if (typeof element === 'string') continue;
      if (element.local === local) out.push(element);
      else if (wraps(element)) out.push(...this.parts(element, local));
    }
    return out;
  }

  /**
   * A table's rows become lines of fields, one per `w:tc`, placed on the grid by `w:gridBefore` and `w:gridSpan`.
   * A `w:vMerge` continuation cell is a covered slot and has no field (unless it holds text, kept so no value is
   * lost). A row holding a nested table or a cell of prose, and a table of one cell, are read as running text.
   */
  private table(table: WordElement): void {
    const number = table.table;
    const rows = this.parts(table, 'tr');
    const cells = rows.map((row) => this.parts(row, 'tc'));
    const single = cells.flat().length === 1;
    const merging = new Set<number>();
    rows.forEach((row, r) => {
      const list = cells[r]!;
      const texts = list.map((cell) => (cell.holdsTable ? null : this.cellText(cell)));
      if (single || texts.some((text) => text === null || text.length >= proseLength)) {
        merging.clear();
        for (const cell of list) this.blocks(cell);
        return;
      }
      let column = Number(row.child('trPr')?.child('gridBefore')?.attribute() ?? 0) || 0;
      const fields: Array<{ text: string; place: Place; column: number; span: number }> = [];
      list.forEach((cell, c) => {
        const tcPr = cell.child('tcPr');
        const span = Math.max(1, Number(tcPr?.child('gridSpan')?.attribute() ?? 1) || 1);
        const vMerge = tcPr?.child('vMerge');
        const hMerge = tcPr?.child('hMerge');
        const text = texts[c] ?? '';
        const continues = vMerge !== undefined && vMerge.attribute() !== 'restart';
        const previous = fields.at(-1);
        if (hMerge && hMerge.attribute() !== 'restart' && previous && text === '') {
          previous.span += span;
        } else if (!(continues && merging.has(column) && text === '')) {
          fields.push({ text, place: { kind: 'docx', table: number, row: r + 1, cell: c + 1 }, column, span });
        }
        if (vMerge && !continues) merging.add(column);
        else if (!continues) merging.delete(column);
        column += span;
      });
      const line: Field[] = fields.map(({ span, ...field }) => (span > 1 ? { ...field, span } : field));
      // A row of nothing but empty cells carries no label and no value.
      if (line.some((field) => field.text !== '')) {
        this.lines.push({ fields: line, place: line[0]!.place, table: number });
      }
    });
  }
}

/**
 * Reads a DOCX into a {@link Layout}: the body of `word/document.xml` in order, paragraphs and tables interleaved.
 *
 * - Paragraphs: each `w:br`-separated run of a `w:p` is a line of one field, placed at
 *   `{kind:'docx', table: 0, row: n, cell: 1}`, `n` counting from 1 the paragraphs read as prose (empty ones
 *   included). Automatic list numbers (`一、`, `（一）`) are printed before the text. `w:tab` is kept as a tab.
 * - Tables: each `w:tr` is a line with `table` set; each `w:tc` one field placed at `{kind:'docx', table, row,
 *   cell}` — the table's index among all `w:tbl` of the document, the row's among the table's `w:tr`, the cell's
 *   among the row's `w:tc`, all from 1. `column` is the grid column (from 0) where the cell starts, `span` its
 *   `w:gridSpan` when above 1. A cell merged down (`w:vMerge`) is one field in the row where the merge restarts;
 *   the continuation cells below have no field, so columns must be read from `column`, not from field order.
 *   A cell's paragraphs are joined by one space. Empty cells are kept as fields with empty text; a row of only
 *   empty cells is left out.
 * - Nested tables are lines of their own; a row holding one (or a cell of prose) is read as running text.
 *
 * Limit: `maxBytes` (default 50 MiB), on the archive and on what its parts inflate to (zip bombs). Throws
 * {@link ParseError}: `EMPTY_INPUT`, `NOT_DOCX` (not a ZIP, or no main document), `CORRUPT_ARCHIVE`, `TOO_LARGE`,
 * `TOO_COMPLEX` (`word/document.xml` nested more than 1,000 deep).
 */
export function docxToLayout(bytes: Uint8Array, options: LayoutOptions = {}): Layout {
  checkSize(bytes.length, options.maxBytes, 'DOCX ');
  const parts = readDocxArchive(bytes, options.maxBytes);
  const root = parseWordTree(parts.document, { maxNesting: maxDocumentNesting });
  if (!root || !root.name.endsWith('document')) {
    throw new ParseError('NOT_DOCX', 'The main part of the archive is not a WordprocessingML document');
  }
  const builder = new DocxLayoutBuilder(createNumbering(parts.numbering, parts.styles));
  const body = root.child('body');
  if (body) builder.blocks(body);
  return { kind: 'docx', lines: builder.lines };
}
