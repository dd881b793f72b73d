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

/**
 * The title: a header's title field, else the line of the head that names the report (`…年度报告`), preferring one
 * with a year (navigation links name the report column without one), joined to the line before it when the title
 * was broken over two.
 */
function findTitle(head: readonly string[]): string | null {
  const fromHeader = headerValue(head, 'title');
  if (fromHeader) return compact(fromHeader);
  const candidates = head.map((text, i) => ({ text: compact(text), i })).filter(({ text }) => titleWords.test(text));
  const chosen = candidates.find(({ text, i }) => year.test(text) || year.test(compact(head[i - 1] ?? ''))) ?? candidates[0];
  if (!chosen) return null;
  const previous = chosen.i > 0 ? compact(head[chosen.i - 1]!) : '';
  const joins = previous !== '' && !/[。，：:]/u.test(previous) && previous.length <= 30 && !titleWords.test(previous);
  return joins ? previous + chosen.text : chosen.text;
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
