import { sectionCatalogue, type SectionEntry, type SectionKey } from '@disclosure/core/lite';
import { normalizeText } from './normalize.ts';

/**
 * Where a section's heading stands: the line it starts on and the offset of its start there, and the line and offset
 * where its title ends (the next line when the title wraps at the margin).
 */
export interface Heading {
  readonly key: SectionKey;
  readonly title: string;
  readonly line: number;
  readonly start: number;
  readonly endLine: number;
  readonly end: number;
}

const titles = sectionCatalogue.map((entry) => ({
  entry,
  forms: [entry.zh, ...entry.variants].map(normalizeText).sort((a, b) => b.length - a.length),
}));

/** Length in `text` (from `from`) of the characters whose normalised form is `length` long. */
function printedLength(text: string, from: number, length: number): number {
  let normalized = 0;
  let i = from;
  while (i < text.length && normalized < length) {
    normalized += normalizeText(text[i]!).length;
    i++;
  }
  return i - from;
}

function titleAt(text: string, at: number, forms: readonly string[]): number {
  // A title starts with its first character (CJK characters normalise to themselves): most ordinals in a
  // document (`二、上年结转…` in a table) are ruled out without normalising what follows.
  const first = text.charCodeAt(at);
  if (first >= 0x4e00 && first <= 0x9fff && !forms.some((form) => form.charCodeAt(0) === first)) return 0;
  const ahead = normalizeText(text.slice(at, at + 80));
  const form = forms.find((candidate) => ahead.startsWith(candidate));
  return form ? printedLength(text, at, form.length) : 0;
}

/** A title this long (normalised) is taken after any character when no heading stands where headings do. */
const distinctiveTitle = 8;

/** At least this much of a title (normalised) must stand on a heading's line for the rest to be looked for on the next. */
const wrappedHead = 4;

/** Lines a wrapped title may continue on after its first: three hold the longest title at ten characters a line. */
const wrappedLines = 3;

/**
 * A title that wraps at the margin (a PDF's line, a long heading such as `四、因政府信息公开工作被申请行政复议、提起行政
 * 诉讼` / `情况`, or a narrow screen's dump over three lines): what stands after the ordinal up to the line's end begins a
 * title, each next line whole continues it, and the last starts with the title's rest. Gives the title, the line it
 * ends on (counted from the first) and where it ends there.
 */
function wrappedTitle(head: string, next: readonly string[], forms: readonly string[]): { title: string; lines: number; end: number } | null {
  // (a line longer than any title with its blanks is prose, not a title's first part: never normalised whole)
  if (head.length > 80) return null;
  let begun = normalizeText(head);
  if (begun.length < wrappedHead) return null;
  let title = head;
  for (const [k, line] of next.slice(0, wrappedLines).entries()) {
    const ahead = normalizeText(line.slice(0, 80));
    const form = forms.find((candidate) => candidate.length > begun.length && candidate.startsWith(begun) && ahead.startsWith(candidate.slice(begun.length)));
    if (form) {
      const end = printedLength(line, 0, form.length - begun.length);
      return { title: `${title}${line.slice(0, end)}`.replace(/\s+/gu, ''), lines: k + 1, end };
    }
    if (line.length > 80 || ahead === '' || !forms.some((candidate) => candidate.length > begun.length + ahead.length && candidate.startsWith(begun + ahead))) return null;
    begun += ahead;
    title += line;
  }
  return null;
}

function findHeading(
  lines: readonly string[],
  entry: SectionEntry,
  forms: readonly string[],
  fromLine: number,
  fromOffset: number,
  anywhere = false,
): Heading | null {
  const ordinal = new RegExp(`${entry.ordinal}\\s*[、.．,，]\\s*`, 'gu');
  for (let index = fromLine; index < lines.length; index++) {
    const text = lines[index]!;
    ordinal.lastIndex = index === fromLine ? fromOffset : 0;
    for (let m = ordinal.exec(text); m; m = ordinal.exec(text)) {
      const before = text.slice(0, m.index);
      // A heading starts a line, or follows a sentence's end or a table's last figure or placeholder (text whose
      // line breaks were lost).
      if (!anywhere && before.trim() !== '' && !/[\s#>*|。；\d/／—\-无]$/u.test(before)) continue;
      const titleStart = m.index + m[0].length;
      const length = titleAt(text, titleStart, forms);
      if (length > 0) {
        const title = text.slice(titleStart, titleStart + length).replace(/\s+/gu, '');
        return { key: entry.key, title, line: index, start: m.index, endLine: index, end: titleStart + length };
      }
      const wrapped = before.trim() === '' ? wrappedTitle(text.slice(titleStart), lines.slice(index + 1, index + 1 + wrappedLines), forms) : null;
      if (wrapped) return { key: entry.key, title: wrapped.title, line: index, start: m.index, endLine: index + wrapped.lines, end: wrapped.end };
    }
  }
  return null;
}

/** The six section headings in document order, in the lines' texts (`lineText`); a section the document lacks is left out. */
export function findHeadings(texts: readonly string[]): Heading[] {
  const headings: Heading[] = [];
  let line = 0;
  let offset = 0;
  for (const { entry, forms } of titles) {
    // Text whose line breaks were lost may glue a heading to a table's last label (`行政事业性收费三、收到和处理…`,
    // a blank cell printing nothing): a heading not found where headings stand is looked for after any character,
    // by its whole, long title.
    const heading =
      findHeading(texts, entry, forms, line, offset) ??
      findHeading(texts, entry, forms.filter((form) => form.length >= distinctiveTitle), line, offset, true);
    if (!heading) continue;
    headings.push(heading);
    line = heading.endLine;
    offset = heading.end;
  }
  return headings;
}
