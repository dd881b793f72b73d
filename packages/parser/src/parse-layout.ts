import type { Layout } from './layout/layout.ts';
import type { ParseOptions } from './options.ts';
import { finishParse, type ParseResult } from './parse-result.ts';
import { readLayout as readReport } from './read/read-layout.ts';

/**
 * Reads a report from a {@link Layout} — what `textToLayout`, `htmlToLayout`, `docxToLayout` and `pdfToLayout`
 * return, or what another reader (OCR) builds — and runs core's rules on it unless `options.validate` is `false`.
 * Every `fromX(input, options)` is `readLayout(xToLayout(input, options), options)`. Throws `TypeError` when
 * `layout` has no `lines` array.
 */
export function readLayout(layout: Layout, options: ParseOptions = {}): ParseResult {
  if (typeof layout !== 'object' || layout === null || !Array.isArray(layout.lines)) {
    throw new TypeError('readLayout: expected a Layout, { kind, lines: Line[] }');
  }
  return finishParse(readReport(layout, options), options);
}
