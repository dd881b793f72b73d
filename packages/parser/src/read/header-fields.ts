import { crawlerNotes, headerFieldCatalogue } from './meta-catalogue.ts';

/** What a header field gives: see `headerFieldCatalogue`. */
export type HeaderFieldKind = keyof typeof headerFieldCatalogue;

const kindOf = new Map<string, HeaderFieldKind>(
  (Object.entries(headerFieldCatalogue) as Array<[HeaderFieldKind, readonly string[]]>).flatMap(([kind, names]) =>
    names.map((name) => [name, kind] as const),
  ),
);
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
/** Longest names first, so that `发布时间` wins over `时间`. */
const names = [...kindOf.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
/** A field name at the start of the line or after a space, then a colon. */
const fieldName = new RegExp(`(?:^|[\\s|])(?:【)?(${names})(?:】)?\\s*[:：]\\s*`, 'gu');
/** A line that starts with a field: `标题: …`, `【来源】：…`. */
const startsWithField = new RegExp(`^\\s*(?:【)?(?:${names})(?:】)?\\s*[:：]`, 'u');

/** One `name：value` pair of a header line. */
export interface HeaderField {
  readonly kind: HeaderFieldKind;
  readonly name: string;
  /** The value, trimmed; '' when the field is printed empty. */
  readonly value: string;
}

/** The fields of a header line (`来源：平潭综合实验区管委会办公室 时间：2026-03-10 12:56`); none for other lines. */
export function readHeaderFields(line: string): HeaderField[] {
  if (!startsWithField.test(line)) return [];
  const found = [...line.matchAll(fieldName)];
  return found.map((match, i) => {
    const end = found[i + 1]?.index ?? line.length;
    const name = match[1]!;
    return { kind: kindOf.get(name)!, name, value: line.slice(match.index + match[0].length, end).trim() };
  });
}

/** Whether a line is what a crawler or a page adds around the report: header fields, its notes, a Markdown heading. */
export function isHeaderLine(line: string): boolean {
  return startsWithField.test(line) || crawlerNotes.some((note) => note.test(line)) || /^\s*#/u.test(line);
}
