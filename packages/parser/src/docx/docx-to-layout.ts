import type { Place } from '@disclosure/core/lite';
import { isTag, isText, type AnyNode, type Element } from 'domhandler';
import { spendEvery } from '../budget.ts';
import { ParseError } from '../errors.ts';
import type { Field, Layout, Line } from '../layout/layout.ts';
import { createNumbering, type Numbering } from './numbering.ts';
import { checkSize } from '../limits.ts';
import { parseMarkup } from '../markup/parse-markup.ts';
import type { LayoutOptions } from '../options.ts';
import { readDocxArchive } from './read-docx-archive.ts';
import { readListLevel, findWordPrefix } from './word-xml.ts';

/**
 * Deepest nesting read in `word/document.xml`: Word writes a few dozen levels; the reader recurses once or twice per
 * level, so this bound keeps it far from the call stack's limit.
 */
const maxDocumentNesting = 1_000;

/** A cell with this much text holds prose, not a value or a label: its row is read as text, not as a grid row. */
export const proseLength = 150;

/** Containers that only wrap block content (content controls, custom XML, tracked insertions). */
const blockWrappers = new Set(['sdt', 'sdtContent', 'customXml', 'ins', 'moveTo', 'smartTag']);

/** Run content that is never shown: properties, deleted text, field instructions. */
const hiddenRunContent = new Set([
  'pPr', 'rPr', 'tblPr', 'tcPr', 'trPr', 'sectPr', 'del', 'moveFrom', 'delText', 'instrText', 'fldData',
]);

function children(node: AnyNode): AnyNode[] {
  return 'children' in node ? node.children : [];
}

function elements(node: AnyNode): Element[] {
  return children(node).filter(isTag);
}

class DocxLayoutBuilder {
  readonly lines: Line[] = [];
  private paragraph = 0;
  private readonly tableNumbers = new Map<Element, number>();
  /** Elements and run children read so far, charged to the read's budget (`spendEvery`). */
  private passes = 0;

  constructor(
    private readonly prefix: string,
    root: AnyNode,
    private readonly numbering: Numbering,
  ) {
    let count = 0;
    const tbl = this.name('tbl');
    const visit = (node: AnyNode): void => {
      for (const child of elements(node)) {
        spendEvery(this.passes++);
        if (child.name === tbl) this.tableNumbers.set(child, ++count);
        visit(child);
      }
    };
    visit(root);
  }

  /** The local name of a WordprocessingML element, or `null` for another namespace. */
  private local(element: Element): string | null {
    const colon = element.name.indexOf(':');
    const prefix = colon === -1 ? '' : element.name.slice(0, colon);
    return prefix === this.prefix ? element.name.slice(colon + 1) : null;
  }

  private name(local: string): string {
    return this.prefix ? `${this.prefix}:${local}` : local;
  }

  private attribute(element: Element | undefined, local: string): string | undefined {
    return element?.attribs[this.name(local)];
  }

  private child(element: Element | undefined, local: string): Element | undefined {
    return element ? elements(element).find((e) => this.local(e) === local) : undefined;
  }

  /** Block content in order: paragraphs become lines, tables become rows. */
  blocks(node: AnyNode): void {
    for (const element of elements(node)) {
      const local = this.local(element);
      if (local === 'p') this.paragraphLines(element);
      else if (local === 'tbl') this.table(element);
      else if (local !== null && blockWrappers.has(local)) this.blocks(element);
    }
  }

  /**
   * The text of a paragraph's runs: `w:t`, `w:tab` as a tab, `w:br`/`w:cr` as a line break. Text boxes anchored in
   * the paragraph are collected into `boxes`, to be read after it; the VML fallback copy of a drawing is skipped.
   */
  private runText(node: AnyNode, boxes: Element[]): string {
    let text = '';
    for (const child of children(node)) {
      spendEvery(this.passes++);
      if (isText(child)) continue;
      if (!isTag(child)) continue;
      if (child.name.endsWith(':Fallback')) continue;
      const local = this.local(child);
      if (local === 't') text += children(child).map((t) => (isText(t) ? t.data : '')).join('');
      else if (local === 'tab' || local === 'ptab') text += '\t';
      else if (local === 'br' || local === 'cr') text += '\n';
      else if (local === 'noBreakHyphen') text += '-';
      else if (local === 'txbxContent') boxes.push(child);
      else if (local === null || !hiddenRunContent.has(local)) text += this.runText(child, boxes);
    }
    return text;
  }

  /** The list label Word prints before a numbered paragraph (`一、`, `（三）`), from `word/numbering.xml`. */
  private label(paragraph: Element): string {
    const pPr = this.child(paragraph, 'pPr');
    const numPr = this.child(pPr, 'numPr');
    const style = this.attribute(this.child(pPr, 'pStyle'), 'val');
    if (!numPr && style === undefined) return '';
    const numId = this.attribute(this.child(numPr, 'numId'), 'val');
    const level = this.attribute(this.child(numPr, 'ilvl'), 'val');
    return this.numbering.next(numId, readListLevel(level), style);
  }

  private paragraphText(paragraph: Element, boxes: Element[]): string {
    return this.label(paragraph) + this.runText(paragraph, boxes);
  }

  /** A paragraph outside grid rows: each `w:br`-separated run is a line of one field at `{table: 0, row: n}`. */
  private paragraphLines(paragraph: Element): void {
    const boxes: Element[] = [];
    const index = ++this.paragraph;
    const place: Place = { kind: 'docx', table: 0, row: index, cell: 1 };
    for (const piece of this.paragraphText(paragraph, boxes).split('\n')) {
      const text = piece.replace(/[^\S\t]+/gu, ' ').replace(/[\u200b-\u200d\u2060]/gu, '').trim();
      if (text) this.lines.push({ fields: [{ text, place }], place });
    }
    for (const box of boxes) this.blocks(box);
  }

  /** A cell's text: its paragraphs (and those of its text boxes) joined by one space. */
  private cellText(cell: Element): string {
    const parts: string[] = [];
    const visit = (node: Element): void => {
      for (const element of elements(node)) {
        const local = this.local(element);
        if (local === 'p') {
          const boxes: Element[] = [];
          parts.push(this.paragraphText(element, boxes));
          boxes.forEach(visit);
        } else if (local !== null && blockWrappers.has(local)) visit(element);
      }
    };
    visit(cell);
    return parts.join(' ').replace(/[\s\u200b-\u200d\u2060]+/gu, ' ').trim();
  }

  /** Children named `local`, looking through content controls and custom XML wrappers. */
  private parts(node: Element, local: string): Element[] {
    const out: Element[] = [];
    for (const element of elements(node)) {
      const name = this.local(element);
      if (name === local) out.push(element);
      else if (name !== null && blockWrappers.has(name)) out.push(...this.parts(element, local));
    }
    return out;
  }

  private containsTable(node: Element): boolean {
    return elements(node).some((e) => this.local(e) === 'tbl' || this.containsTable(e));
  }

  /**
   * A table's rows become lines of fields, one per `w:tc`, placed on the grid by `w:gridBefore` and `w:gridSpan`.
   * A `w:vMerge` continuation cell is a covered slot and has no field (unless it holds text, kept so no value is
   * lost). A row holding a nested table or a cell of prose, and a table of one cell, are read as running text.
   */
  private table(table: Element): void {
    const number = this.tableNumbers.get(table) ?? 0;
    const rows = this.parts(table, 'tr');
    const cells = rows.map((row) => this.parts(row, 'tc'));
    const single = cells.flat().length === 1;
    const merging = new Set<number>();
    rows.forEach((row, r) => {
      const list = cells[r]!;
      const texts = list.map((cell) => (this.containsTable(cell) ? null : this.cellText(cell)));
      if (single || texts.some((text) => text === null || text.length >= proseLength)) {
        merging.clear();
        for (const cell of list) this.blocks(cell);
        return;
      }
      let column = Number(this.attribute(this.child(this.child(row, 'trPr'), 'gridBefore'), 'val') ?? 0) || 0;
      const fields: Array<{ text: string; place: Place; column: number; span: number }> = [];
      list.forEach((cell, c) => {
        const tcPr = this.child(cell, 'tcPr');
        const span = Math.max(1, Number(this.attribute(this.child(tcPr, 'gridSpan'), 'val') ?? 1) || 1);
        const vMerge = this.child(tcPr, 'vMerge');
        const hMerge = this.child(tcPr, 'hMerge');
        const text = texts[c] ?? '';
        const continues = vMerge !== undefined && this.attribute(vMerge, 'val') !== 'restart';
        const previous = fields.at(-1);
        if (hMerge && this.attribute(hMerge, 'val') !== 'restart' && previous && text === '') {
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
  const document = parseMarkup(parts.document, 'DOCX', { xmlMode: true, maxNesting: maxDocumentNesting });
  const root = elements(document)[0];
  if (!root || !root.name.endsWith('document')) {
    throw new ParseError('NOT_DOCX', 'The main part of the archive is not a WordprocessingML document');
  }
  const prefix = findWordPrefix(root);
  const numbering = createNumbering(parts.numbering, parts.styles);
  const builder = new DocxLayoutBuilder(prefix, root, numbering);
  const body = elements(root).find((e) => e.name === (prefix ? `${prefix}:body` : 'body'));
  if (body) builder.blocks(body);
  return { kind: 'docx', lines: builder.lines };
}
