import type { Line } from '../layout/layout.ts';
import { isHeaderLine } from './header-fields.ts';
import { lineText, sliceLine } from './line-text.ts';

const titleLine = /年度报告\s*$/u;
const dateLine = /^\s*[(（]?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[)）]?\s*$/u;

/**
 * The lines before the first heading that are prose: not the title, not a crawler's or a page's header fields, not
 * the date line, and nothing printed before the last of those (a saved page's navigation and site chrome).
 */
export function preambleLines(lines: readonly Line[], first: { line: number; start: number }): Line[] {
  const cuts = lines.map((line, index) => (index === first.line ? sliceLine(line, 0, first.start) : line));
  const texts = cuts.map((cut) => (cut ? lineText(cut) : ''));
  const isHead = (text: string): boolean => isHeaderLine(text) || titleLine.test(text);
  // The heading's own line may start with a Markdown `#`: only the lines before it can be the page's head.
  const start = texts.slice(0, first.line).findLastIndex(isHead) + 1;
  const out: Line[] = [];
  for (let index = start; index < cuts.length; index++) {
    const cut = cuts[index];
    const text = texts[index]!;
    if (!cut || isHead(text) || dateLine.test(text)) continue;
    if (text.replace(/\s/gu, '').length <= 20 && !/[，。：；]/u.test(text)) continue;
    out.push(cut);
  }
  return out;
}
