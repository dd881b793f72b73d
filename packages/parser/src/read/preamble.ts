import type { Line } from '../layout/layout.ts';
import { terminalWidth } from '../layout/terminal-width.ts';
import { isHeaderLine } from './header-fields.ts';
import { lineText, sliceLine } from './line-text.ts';

const titleEnd = /年度报告$/u;
const year = /(?:19|20)\d{2}/u;
const dateLine = /^\s*[(（]?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[)）]?\s*$/u;
/** Marks only prose carries: a short line with none of them is the page's (`打印本页`), unless it is part of a sentence. */
const prosePunctuation = /[，。：；、]/u;
/** How a sentence ends: a line that ends so does not run on into the next. */
const sentenceEnd = /[。！？；：!?;:][”’」』）)]*$/u;

const compact = (text: string): string => text.replace(/\s/gu, '');

/** What a line after the page's head is: prose, a short line without punctuation, or neither (a blank, a date). */
type Kind = 'prose' | 'short' | 'other';

/**
 * The lines before the first heading that are prose: not the title, not a crawler's or a page's header fields, not
 * the date line, and nothing printed before the last of those (a saved page's navigation and site chrome). A short
 * line without punctuation is the page's (`打印本页`) unless it is part of a sentence. Prose hard-wrapped on a narrow
 * screen (a text browser's dump at 40 columns) leaves most lines of a sentence so: a short line is kept when the
 * sentence of the kept line before it runs on into it, or when it is as wide as the kept line after it (a
 * paragraph's first lines, wrapped at the screen's width); a title wrapped over lines (`…工作年度` / `报告`) is left
 * out whole.
 */
export function preambleLines(lines: readonly Line[], first: { line: number; start: number }): Line[] {
  const cuts = lines.map((line, index) => (index === first.line ? sliceLine(line, 0, first.start) : line));
  const raw = cuts.map((cut) => (cut ? lineText(cut).trim() : ''));
  const texts = raw.map(compact);
  /**
   * How many lines from `index` on print a title (`…2024年…年度报告`), one to three; 0 when none does. A title names
   * its year: a line of a sentence may end in `年度报告` too (`关于印发〈…工作年度报告` / `格式〉的通知》`).
   */
  const titleLength = (index: number): number => {
    let joined = '';
    for (let n = 1; n <= 3 && index + n <= first.line; n++) {
      const text = texts[index + n - 1]!;
      if (text === '' || text.length > 30 || prosePunctuation.test(text)) return 0;
      joined += text;
      if (titleEnd.test(joined)) return year.test(joined) ? n : 0;
    }
    return 0;
  };
  // The heading's own line may start with a Markdown `#`: only the lines before it can be the page's head.
  let start = 0;
  for (let index = 0; index < first.line; index++) {
    const title = titleLength(index);
    if (title > 0 || isHeaderLine(raw[index]!)) start = Math.max(start, index + Math.max(1, title));
  }
  const kinds: Kind[] = [];
  for (let index = start; index < cuts.length; index++) {
    const text = texts[index]!;
    if (text === '' || isHeaderLine(raw[index]!) || dateLine.test(text)) kinds.push('other');
    else if (text.length > 20 || prosePunctuation.test(text) || kinds.at(-1) === 'prose' && !sentenceEnd.test(texts[index - 1]!)) kinds.push('prose');
    else kinds.push('short');
  }
  // a paragraph's first lines, wrapped at the width of the line after them
  for (let k = kinds.length - 1; k > 0; k--) {
    const index = start + k;
    if (kinds[k] === 'prose' && kinds[k - 1] === 'short' && terminalWidth(raw[index - 1]!) >= terminalWidth(raw[index]!) - 1) kinds[k - 1] = 'prose';
  }
  return cuts.slice(start).filter((cut, k): cut is Line => cut !== null && kinds[k] === 'prose');
}
