import type { Line } from '../layout/layout.ts';
import { lineText } from './line-text.ts';

/** A page number among dashes (`-3-`, `— 3 —`), or in words with or without the page count (`第 2 页`, `第2页 共5页`, `共 5 页 第 2 页`). */
const pageFooter = /^\s*(?:[-－—–]\s*\d{1,3}\s*[-－—–]|(?:共\s*\d{1,4}\s*页\s*[,，、/／]?\s*)?第\s*\d{1,4}\s*页(?:\s*[,，、/／]?\s*共\s*\d{1,4}\s*页)?)\s*$/u;
/** A page number among dashes however many, on one side or both (`-5——`, `——3`), as OCR may read `—5—`. */
const looseFooter = /^(?=.*[-－—–])[-－—–\s]*\d{1,3}[-－—–\s]*$/u;
/** A character that ends a paragraph (tested on a paragraph's last character). */
const paragraphEnd = /[。！？；;!?”」]/u;
const subHeading = /^(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+是|[一二三四五六七八九十]+、|\d+[.、．])/u;

/**
 * What a browser prints in a page's margins when a web page is printed with its headers and footers (the default):
 * the date and time (`12/3/26, 10:58 AM`, `2026/12/3 10:58`) and the page's address.
 */
const browserMargins = [
  /^\s*\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}[,，]?\s*(?:上午|下午)?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp][Mm]|上午|下午)?\s*$/u,
  /^\s*(?:https?|file):\/\/\S+\s*$/u,
];
/** A browser's page count (`2/8`): written without spaces, so a row's `2 / 8` (a figure, a placeholder, a figure) is none. */
const pageCount = /^\s*(\d{1,3})\/(\d{1,3})\s*$/u;

/**
 * True for a line a page prints in its margin: a page number such as `-3-`, `— 3 —` or `第 3 页`, or what a browser
 * prints around a web page (the date and time, the address, the page count `2/8`); on the last line of a page
 * (`lastOnPage`), also a page number among uneven dashes, as OCR reads a footer (`-5——`) — anywhere else `—— 3` may
 * be a row's blank and figure. (A bare number, `2`, is a cell as far as its line tells: see `pagedPageNumbers` and
 * `barePageNumbers`.)
 */
export function isPageMargin(text: string, lastOnPage = false): boolean {
  if (pageFooter.test(text) || (lastOnPage && looseFooter.test(text)) || browserMargins.some((margin) => margin.test(text))) return true;
  const count = pageCount.exec(text);
  return count !== null && Number(count[1]) >= 1 && Number(count[1]) <= Number(count[2]);
}

/** The text and horizontal extent of a line of prose; the extent is known for pages (PDF) only. */
function extentOf(line: Line): readonly [number, number] | null {
  const first = line.fields[0]?.x;
  const last = line.fields.at(-1)?.x;
  return first && last ? [first[0], last[1]] : null;
}

/**
 * On a page, a line that reaches the right margin and a next line that starts at the left margin (no paragraph
 * indent) are one paragraph broken by the margin, whatever character ends the first.
 */
function continuesOnPage(previous: readonly [number, number] | null, next: readonly [number, number] | null, margins: readonly [number, number] | null): boolean {
  if (!previous || !next || !margins) return false;
  const [left, right] = margins;
  const em = Math.max(4, (right - left) / 40);
  return previous[1] >= right - em && next[0] <= left + em / 2;
}

/**
 * Prose from lines: page numbers and a browser's page margins dropped, Markdown markers dropped, lines of one paragraph joined without a
 * break (Chinese needs no space, so a word split by a page break is whole again), paragraphs on lines of their own.
 * A line that is only a sub-heading (`（一）主动公开情况`) is a paragraph; a run-in heading
 * (`（五）监督保障情况。根据……`) keeps its text.
 */
export function proseOf(lines: readonly Line[]): string {
  const paragraphs: string[] = [];
  const extents = lines.map(extentOf);
  const known = extents.filter((extent): extent is readonly [number, number] => extent !== null);
  const margins: readonly [number, number] | null =
    known.length > 0 ? [known.reduce((min, e) => Math.min(min, e[0]), Infinity), known.reduce((max, e) => Math.max(max, e[1]), -Infinity)] : null;
  // the paragraph under way, as its pieces: joined once when it ends, so a paragraph of many lines costs no more
  // than its length (its start, length and last character are all that is asked of it before)
  let pieces: string[] = [];
  let start = '';
  let length = 0;
  let last = '';
  let previous: readonly [number, number] | null = null;
  lines.forEach((line, index) => {
    const text = lineText(line)
      .replace(/^\s*#{1,6}\s*/u, '')
      .replace(/\*\*/gu, '')
      .replace(/\t+/gu, ' ')
      .trim();
    if (text === '' || isPageMargin(text)) return;
    const headingLine = subHeading.test(start) && length <= 30 && !/[。：:；;]./u.test(start);
    const margin = continuesOnPage(previous, extents[index]!, margins);
    if (length > 0 && !margin && (paragraphEnd.test(last) || subHeading.test(text) || headingLine)) {
      paragraphs.push(pieces.join(''));
      [pieces, start, length, last] = [[], '', 0, ''];
    }
    const piece = (/[A-Za-z0-9]/u.test(last) && /^[A-Za-z0-9]/u.test(text) ? ' ' : '') + text;
    pieces.push(piece);
    if (start.length < 32) start = (start + piece).slice(0, 32);
    length += piece.length;
    last = piece.at(-1)!;
    previous = extents[index]!;
  });
  if (length > 0) paragraphs.push(pieces.join(''));
  return paragraphs.join('\n');
}

const signature = /^[\s(（]*(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[\u4e00-\u9fa5]{2,24}(?:人民政府|管理委员会|管委会|办公厅|办公室|[局委厅署院])(?:办公室)?)[\s)）]*$/u;

/** The lines of a report's last section without the closing signature (the body's name and the date). */
export function withoutSignature(lines: readonly Line[]): Line[] {
  const kept = [...lines];
  while (kept.length > 0 && signature.test(lineText(kept.at(-1)!).replace(/\t/gu, ' '))) kept.pop();
  return kept;
}

/**
 * What a government site prints around an article, after its last section when a page is saved or crawled whole:
 * attachment and sharing links, the page's QR code, print and close buttons, related and friendly links, the
 * footer. Words of site templates, not of one site.
 */
const pageChrome =
  /(?:附件下载|扫一扫在手机上(?:查看|打开)|打印本页|【?打印】|【?关闭】|关闭窗口|分享到|上一篇|下一篇|相关链接|友情链接|网站地图|版权所有|主办单位|网站标识码|ICP备)/u;

/** The last section's prose without the site's page chrome that a saved or crawled page runs on after it. */
export function withoutPageChrome(text: string): string {
  const match = pageChrome.exec(text);
  // Chrome follows the report: only a marker after a sentence's end (or on its own line) starts it.
  if (!match || (match.index > 0 && !/[。！？\n\s]$/u.test(text.slice(0, match.index)))) return text;
  return text.slice(0, match.index).trimEnd();
}
