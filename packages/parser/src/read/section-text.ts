import type { Line } from '../layout/layout.ts';
import { lineText } from './line-text.ts';

const pageFooter = /^[\s]*[-－—–]\s*\d{1,3}\s*[-－—–][\s]*$/u;
const paragraphEnd = /[。！？；;!?”」]$/u;
const subHeading = /^(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+是|[一二三四五六七八九十]+、|\d+[.、．])/u;

/** True for a page number line such as `-3-` or `— 3 —`. */
export function isPageFooter(text: string): boolean {
  return pageFooter.test(text);
}

/**
 * Prose from lines: page numbers dropped, Markdown markers dropped, lines of one paragraph joined without a
 * break (Chinese needs no space, so a word split by a page break is whole again), paragraphs on lines of their own.
 */
export function proseOf(lines: readonly Line[]): string {
  const paragraphs: string[] = [];
  let current = '';
  for (const line of lines) {
    const text = lineText(line)
      .replace(/^\s*#{1,6}\s*/u, '')
      .replace(/\*\*/gu, '')
      .replace(/\t+/gu, ' ')
      .trim();
    if (text === '' || isPageFooter(text)) continue;
    const headingLine = subHeading.test(current) && current.length <= 30;
    if (current && (paragraphEnd.test(current) || subHeading.test(text) || headingLine)) {
      paragraphs.push(current);
      current = '';
    }
    const joinWithSpace = /[A-Za-z0-9]$/u.test(current) && /^[A-Za-z0-9]/u.test(text);
    current += (joinWithSpace ? ' ' : '') + text;
  }
  if (current) paragraphs.push(current);
  return paragraphs.join('\n');
}

const signature = /^[\s(（]*(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[\u4e00-\u9fa5]{2,24}(?:人民政府|管理委员会|管委会|办公厅|办公室|[局委厅署院])(?:办公室)?)[\s)）]*$/u;

/** The lines of a report's last section without the closing signature (the body's name and the date). */
export function withoutSignature(lines: readonly Line[]): Line[] {
  const kept = [...lines];
  while (kept.length > 0 && signature.test(lineText(kept.at(-1)!).replace(/\t/gu, ' '))) kept.pop();
  return kept;
}
