import type { Level, Meta, Scope } from '@disclosure/core/lite';
import { readHeaderFields, type HeaderFieldKind } from './header-fields.ts';
import {
  aggregateMarkers,
  bodySuffixes,
  cityPrefixes,
  divisionCatalogue,
  governmentSuffixes,
  provinceSuffixes,
} from './meta-catalogue.ts';

const titleWords = /(?:政府)?信息公开(?:工作)?年(?:度)?报(?:告)?/u;
const year = /(?:19|20)\d{2}/u;
/** Lines before the report's text scanned for its title and header: a page's navigation may come first. */
const headLines = 60;

const alternation = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|');
const bodyEnding = new RegExp(`(?:${alternation(bodySuffixes)})$`, 'u');
const governmentName = new RegExp(`(?:${alternation(governmentSuffixes)})$`, 'u');
/** A government's name or its office's (`…人民政府办公室`): what is left is the division. */
const governmentEnding = new RegExp(`(?:${alternation(governmentSuffixes)})(?:办公厅|办公室)?$`, 'u');
const divisions = alternation(divisionCatalogue.map((d) => d.suffix));
const divisionEnding = new RegExp(`(?:${divisions})$`, 'u');
/** Everything up to the last division that has more name after it (`淮安市洪泽区` → `淮安市`). */
const outerDivisions = new RegExp(`^.*(?:${divisions})(?=.)`, 'u');
/** A division name printed before a body's name in the text: an optional province, then a city-level division. */
const parentDivision = new RegExp(
  `(?:[\\u4e00-\\u9fa5]{1,6}?(?:${alternation(provinceSuffixes)}))?[\\u4e00-\\u9fa5]{1,6}?(?:${alternation(cityPrefixes)}|州)$`,
  'u',
);
const cityPrefix = new RegExp(alternation(cityPrefixes), 'u');

function compact(text: string): string {
  return text.replace(/[\s\u3000#*]+/gu, '');
}

/** The lines before the report's text starts (its first sentence), where titles and header fields stand. */
function headOf(lines: readonly string[]): string[] {
  const body = lines.findIndex((text) => text.includes('。'));
  return lines.slice(0, Math.min(body === -1 ? lines.length : body, headLines));
}

/** The first value of a header field of this kind in the head, if any is printed. */
function headerValue(head: readonly string[], kind: HeaderFieldKind): string | null {
  for (const text of head) {
    const field = readHeaderFields(text).find((f) => f.kind === kind && f.value !== '');
    if (field) return field.value;
  }
  return null;
}

/** Whether a line can be part of a title broken over lines: not a sentence, not a header field, not too long. */
const titlePart = (text: string): boolean => text !== '' && !/[。，：:]/u.test(text) && text.length <= 30;

/** Whether the part of a title before its year names a body whole (`某县统计局`, `某县`), not a torn end of one (`室`). */
const namesBody = (name: string): boolean => name.length >= 2 && (bodyEnding.test(name) || divisionEnding.test(name));

/**
 * The title: a header's title field, else the line of the head that names the report (`…年度报告`), preferring one
 * with a year (navigation links name the report column without one). A title broken over lines (a narrow screen's
 * dump: `…2030年政府信息公` / `开工作年度报告`, `…年度报` / `告`) is joined where the next line or the one before
 * completes its words, and the lines before it are joined while they complete the body's name (`某某市人民政府办公` /
 * `室2030年…`, `平潭综合实验区管委会` / `2025年度…`) or the year (`…办公室202` / `9年…`). A line before a title
 * that already names its body is the page's, not the title's (`版 文件下载`, the end of a wrapped header line).
 */
function findTitle(head: readonly string[]): string | null {
  const fromHeader = headerValue(head, 'title');
  if (fromHeader) return compact(fromHeader);
  const texts = head.map(compact);
  const candidates = texts.flatMap((text, end) => {
    // `…年度报` / `告`: the last character on a line of its own
    const title = /报$/u.test(text) && /^告/u.test(texts[end + 1] ?? '') ? `${text}告` : text;
    if (titleWords.test(title)) return [{ start: end, title }];
    const previous = texts[end - 1] ?? '';
    const torn = titlePart(previous) && !titleWords.test(previous) && titleWords.test(previous + title);
    return torn ? [{ start: end - 1, title: previous + title }] : [];
  });
  const chosen = candidates.find(({ title, start }) => year.test((texts[start - 1] ?? '') + title)) ?? candidates[0];
  if (!chosen) return null;
  let { start, title } = chosen;
  for (let joined = 0; start > 0 && joined < 2; joined++) {
    const previous = texts[start - 1]!;
    if (!titlePart(previous) || titleWords.test(previous)) break;
    const name = /^(.*?)(?:19|20)\d{2}/u.exec(title)?.[1];
    const completes = name === undefined ? year.test(previous + title) : !namesBody(name) && namesBody(previous + name);
    if (!completes) break;
    title = previous + title;
    start--;
  }
  return title;
}

function findYear(title: string | null, text: string): number | null {
  const inTitle = title ? /((?:19|20)\d{2})\s*年/u.exec(title) : null;
  if (inTitle) return Number(inTitle[1]);
  const period = /统计(?:期限|时限|期间)[^。]{0,20}?((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日/u.exec(text);
  return period ? Number(period[1]) : null;
}

/** The city or province printed right before `name` in the text (`…由淮安市洪泽区人民政府…` → `淮安市`), if any. */
function parentRegion(flat: string, name: string): string | null {
  for (let at = flat.indexOf(name); at !== -1; at = flat.indexOf(name, at + 1)) {
    let start = at;
    while (start > 0 && at - start < 8 && !/[由的和与及、，。：；:;,.()（）《》“”\d]/u.test(flat[start - 1]!)) start--;
    const match = parentDivision.exec(flat.slice(start, at));
    if (match) return match[0];
  }
  return null;
}

/** The body named in the title (before the year), widened to the longer name the text gives it (洪泽区 → 淮安市洪泽区). */
function findAgency(title: string | null, text: string): string | null {
  const head = title ? /^(.+?)(?:19|20)\d{2}\s*年/u.exec(title)?.[1] ?? null : null;
  if (!head) return null;
  const flat = compact(text);
  const agency = (parentRegion(flat, head) ?? '') + head;
  if (bodyEnding.test(agency)) return agency;
  // A title that names only the division (平潭综合实验区): the text names its government (…管委会).
  const tail = agency.replace(outerDivisions, '');
  const escaped = tail.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const withBody = new RegExp(`${escaped}(${alternation(governmentSuffixes)})`, 'u').exec(flat);
  return withBody ? agency + withBody[1] : agency;
}

/** The division a body governs or belongs to: its name without the body (`淮安市洪泽区人民政府` → `淮安市洪泽区`). */
function findRegion(agency: string | null): string | null {
  if (!agency) return null;
  const withoutBody = agency.replace(governmentEnding, '');
  if (divisionEnding.test(withoutBody)) return withoutBody;
  // A department (`淮安市财政局`): the divisions its name starts with.
  const outer = outerDivisions.exec(withoutBody)?.[0];
  return outer && divisionEnding.test(outer) ? outer : null;
}

function findLevel(region: string | null): Level | null {
  if (!region) return null;
  const division = divisionCatalogue.find((d) => region.endsWith(d.suffix));
  if (!division) return null;
  // A city named after a city-level division is a county-level city (温州市乐清市).
  if (division.suffix === '市' && cityPrefix.test(region.slice(0, -1))) return 'county';
  return division.level;
}

function findScope(agency: string | null, text: string): Scope {
  if (aggregateMarkers.some((marker) => marker.test(text))) return 'aggregate';
  return agency && (governmentName.test(agency) || divisionEnding.test(agency)) ? 'government' : 'agency';
}

/** A printed date (`2026-03-10 12:56`, `2026/3/10`, `2026年3月10日`) as `YYYY-MM-DD`. */
function isoDate(text: string): string | null {
  const date = /((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/u.exec(text);
  return date ? `${date[1]}-${date[2]!.padStart(2, '0')}-${date[3]!.padStart(2, '0')}` : null;
}

/** The date published: a header's date field, else a line that is only a date, at the top or the end of the report. */
function findPublished(head: readonly string[], lines: readonly string[]): string | null {
  const fromHeader = headerValue(head, 'publishedAt');
  const date = fromHeader === null ? null : isoDate(fromHeader);
  if (date) return date;
  for (const text of [...lines.slice(0, 8), ...lines.slice(-3)]) {
    if (/^[\s(（]*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[\s)）]*$/u.test(text)) return isoDate(text);
  }
  return null;
}

/** What a report says about itself, read from its lines' texts (`lineText`): its title, header fields, opening and closing lines. */
export function readMeta(texts: readonly string[], source: Meta['source']): Meta {
  const text = texts.join('\n');
  const head = headOf(texts);
  const title = findTitle(head);
  const agency = findAgency(title, text);
  const region = findRegion(agency);
  return {
    title,
    agency,
    region,
    year: findYear(title, text),
    scope: findScope(agency, text),
    level: findLevel(region),
    publishedAt: findPublished(head, texts),
    source,
  };
}
