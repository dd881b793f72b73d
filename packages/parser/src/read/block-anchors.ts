import type { Line } from '../layout/layout.ts';
import type { LineTokens } from './line-tokens.ts';
import { lineText } from './line-text.ts';
import { normalizeText } from './normalize.ts';
import type { RowTarget } from './row-catalogue.ts';

/** Lines whose values belong to one block of a table, by line index: the block, as its rows' `group[0]`. */
export type BlockAnchors = ReadonlyMap<number, string>;

/**
 * The lines whose values the print itself places in a block of a table printed in blocks under headings of their own
 * (table 2's `第二十条第（一）项` …): the first line of values right after a block's heading, with nothing between but
 * that block's own column header (`信息内容`, `本年处理决定数量`, wrapped or not). Text copied out of a PDF viewer
 * lists the cells in the order the PDF drew them, which may run a block's values past the next heading (a page
 * break, a column drawn late); a value that follows a heading and its header directly is that block's all the same.
 * A block whose heading is not found exactly once anchors nothing.
 */
export function blockAnchors(lines: readonly Line[], targets: readonly RowTarget[], tokens: LineTokens): BlockAnchors {
  const anchors = new Map<number, string>();
  const textOf = (index: number): string => normalizeText(lineText(lines[index]!));
  // every block's heading holds `条` (NFKC leaves it alone): only those lines are normalised to look for headings
  const headingLines = lines.flatMap((line, index) => (lineText(line).includes('条') ? [{ index, text: textOf(index) }] : []));
  for (const block of new Set(targets.flatMap((target) => target.group.slice(0, 1)))) {
    const headings = headingLines.filter((line) => line.text.includes(block));
    if (headings.length !== 1) continue;
    const columns = targets.find((target) => target.group[0] === block)!.columns;
    const header = normalizeText(`信息内容${columns.map((column) => column.zh).join('')}`);
    for (let index = headings[0]!.index + 1; index < lines.length; index++) {
      if (tokens.of(lines[index]!, index).some((token) => token.kind === 'value' && token.printed !== '')) {
        anchors.set(index, block);
        break;
      }
      const text = textOf(index);
      if (text !== '' && !header.includes(text)) break;
    }
  }
  return anchors;
}
