import type { Place } from '@disclosure/core/lite';

/**
 * One run of text as the source laid it out: a table cell, a tab-separated field, or the characters of a PDF
 * line that stand close together. Empty fields are kept where the source has them (tab-separated text, empty
 * table cells), because their position places the values around them.
 */
export interface Field {
  readonly text: string;
  readonly place: Place;
  /** Horizontal extent `[left, right]` in the source's own units (PDF points), for geometric sources only. */
  readonly x?: readonly [number, number];
  /**
   * On a page, the parts of a short field between gaps of more than a fifth of an em, each with its extent, where
   * there are such gaps: neighbouring narrow cells of a table printed with little padding stand closer than a field's
   * parting gap (`结果结果其他尚未`, four header cells of LibreOffice's print of a web page), yet further apart than
   * the characters of one word. Absent where there is no such gap, and on a field longer than a header cell's text.
   */
  readonly parts?: readonly FieldPart[];
  /**
   * Grid column (from 0) where the source has a grid: the field index of tab-separated text, the expanded column of
   * an HTML or DOCX table after `colspan`/`rowspan`. Values are placed under header columns by it.
   */
  readonly column?: number;
  /** How many grid columns the field spans (HTML `colspan`, DOCX `gridSpan`); 1 when absent. */
  readonly span?: number;
  /**
   * Other readings an OCR engine found likely for `text`, most likely first (one uncertain digit changed at a time);
   * absent for text that was not recognised from an image, or recognised without doubt.
   */
  readonly candidates?: readonly string[];
  /**
   * Set when the text was recognised from an image: the engine's mean character probability, 0–1. On a field with
   * empty text, the engine saw ink there but read nothing: the reader leaves such a cell unread, never blank.
   */
  readonly ocr?: { readonly confidence: number };
}

/** A part of a page's field (`Field.parts`): its text and horizontal extent. */
export interface FieldPart {
  readonly text: string;
  readonly x: readonly [number, number];
}

/** One line of the document: a line of prose, or one row of a table. */
export interface Line {
  readonly fields: readonly Field[];
  readonly place: Place;
  /** Index (from 1) of the source table the row belongs to, where the source marks tables (HTML, DOCX, Markdown). */
  readonly table?: number;
  /** Page number (from 1) for paginated sources. */
  readonly page?: number;
  /**
   * Set on every line of a page whose text runs past the page's right edge (LibreOffice prints a web page's table
   * wider than the page so, and drops what lies further out): a table there may have lost its last columns.
   */
  readonly overflows?: true;
}

/** A document reduced to its lines in reading order: what every format adapter produces and the reader consumes. */
export interface Layout {
  readonly kind: 'text' | 'html' | 'docx' | 'pdf';
  readonly lines: readonly Line[];
}
