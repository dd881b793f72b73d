/**
 * The characters of one page in columns (one typed array per property) so that reading a page allocates a
 * handful of arrays, not an object per character. Coordinates are PDF points with the origin at the page's
 * top-left corner. Characters PDFium invents (`FPDFText_IsGenerated`: spaces and line breaks it guesses) and
 * control characters are left out.
 */
export interface PdfPageChars {
  /** Page number, from 1. */
  readonly page: number;
  readonly width: number;
  readonly height: number;
  /** Number of characters kept; the arrays may be longer. */
  readonly count: number;
  readonly code: Uint32Array;
  /** `left … bottom`: the tight box around the glyph's ink. */
  readonly left: Float64Array;
  readonly top: Float64Array;
  readonly right: Float64Array;
  readonly bottom: Float64Array;
  /** The glyph origin on the baseline. */
  readonly originX: Float64Array;
  readonly originY: Float64Array;
  /** Font size in points as printed (the font's size scaled by the text and page matrices). */
  readonly fontSize: Float64Array;
  /**
   * The character's cell along the line, `[origin, origin + advance]` (PDFium's loose box, kept within an em of the
   * ink): unlike the ink, it does not depend on where the glyph sits in its cell (`：` inks its left third), so gaps
   * between cells measure spacing.
   */
  readonly cellLeft: Float64Array;
  readonly cellRight: Float64Array;
}

/** Whitespace for the "has a text layer" test and for word gaps: ASCII space and tab, no-break space, ideographic space. */
export function isSpace(code: number): boolean {
  return code === 0x20 || code === 0xa0 || code === 0x3000 || code === 0x09;
}
