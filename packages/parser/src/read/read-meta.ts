import type { Level, Meta, Scope } from '@disclosure/core';
import type { Line } from '../layout/layout.ts';
import { lineText } from './line-text.ts';

const titleWords = /(?:政府)?信息公开(?:工作)?年(?:度)?报(?:告)?/u;
const bodySuffix = /(?:人民政府|管理委员会|管委会|办公厅|办公室|[局委厅署院会处所部])$/u;

function compact(text: string): string {
  return text.replace(/[\s\u3000#*]+/gu, '');
}

/** The title: a crawler's `标题:` line, or the first lines before the first heading that end in 年度报告. */
function findTitle(lines: readonly string[]): string | null {
  for (const text of lines.slice(0, 12)) {
    const crawled = /^\s*标题\s*[:：]\s*(.+)$/u.exec(text);
    if (crawled) return compact(crawled[1]!);
  }
  for (let i = 0; i < Math.min(lines.length, 12); i++) {
    const text = compact(lines[i]!);
    if (!titleWords.test(text)) continue;
    const previous = i > 0 ? compact(lines[i - 1]!) : '';
    const joined = previous && !/[。，：]/u.test(previous) && previous.length <= 30 && !titleWords.test(previous) ? previous + text : text;
    return joined.replace(/^[（(]?[^）)]*[）)]?$/u, (t) => t);
  }
  return null;
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
    const before = flat.slice(start, at);
    const match = /(?:[\u4e00-\u9fa5]{1,6}?(?:省|自治区))?[\u4e00-\u9fa5]{1,6}?[市州盟]$/u.exec(before);
    if (match) return match[0];
  }
  return null;
}

/** The body named in the title (before the year), widened to the longer name the text gives it (洪泽区 → 淮安市洪泽区). */
function findAgency(title: string | null, text: string): string | null {
  const head = title ? /^(.+?)(?:19|20)\d{2}\s*年/u.exec(title)?.[1] ?? null : null;
  if (!head) return null;
  const flat = compact(text);
  let agency = head;
  const prefix = parentRegion(flat, head);
  if (prefix) agency = prefix + head;
  if (!bodySuffix.test(agency)) {
    const tail = agency.replace(/^.*[省市县州盟]/u, '') || agency;
    const withBody = new RegExp(`${tail.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(管委会|管理委员会|人民政府)`, 'u').exec(flat);
    if (withBody) agency += withBody[1];
  }
  return agency;
}

function findRegion(agency: string | null): string | null {
  if (!agency) return null;
  const region = agency.replace(/(?:人民政府|管理委员会|管委会)(?:办公厅|办公室)?$/u, '');
  return region.length > 0 && region !== agency ? region : /[省市县区镇乡]$/u.test(agency) ? agency : region || null;
}

function findLevel(region: string | null): Level | null {
  if (!region) return null;
  if (/(?:镇|乡|街道)$/u.test(region)) return 'township';
  if (/(?:区|县|旗|实验区|新区)$/u.test(region)) return 'county';
  if (/(?:[^省]市|州|盟)$/u.test(region)) return /[省自治区]/u.test(region) ? 'city' : region.split('市').length > 2 ? 'county' : 'city';
  if (/(?:省|自治区)$/u.test(region)) return 'provincial';
  return null;
}

function findScope(agency: string | null, text: string): Scope {
  if (/汇总[^。]{0,40}(?:年度报告|年报|工作情况)|(?:综合|汇总)[^。]{0,30}各[^。]{0,30}编制而成/u.test(text)) return 'aggregate';
  return agency && /(?:人民政府|管理委员会|管委会|实验区)$/u.test(agency) ? 'government' : 'agency';
}

function findPublished(lines: readonly string[]): string | null {
  for (const text of lines.slice(0, 12)) {
    const crawled = /发布(?:时间|日期)\s*[:：]\s*((?:19|20)\d{2})-(\d{2})-(\d{2})/u.exec(text);
    if (crawled) return `${crawled[1]}-${crawled[2]}-${crawled[3]}`;
  }
  for (const text of [...lines.slice(0, 8), ...lines.slice(-3)]) {
    const date = /^[\s(（]*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日[\s)）]*$/u.exec(text);
    if (date) return `${date[1]}-${date[2]!.padStart(2, '0')}-${date[3]!.padStart(2, '0')}`;
  }
  return null;
}

/** What a report says about itself, read from its title, opening and closing lines. */
export function readMeta(lines: readonly Line[], source: Meta['source']): Meta {
  const texts = lines.map(lineText);
  const text = texts.join('\n');
  const title = findTitle(texts);
  const agency = findAgency(title, text);
  const region = findRegion(agency);
  return {
    title,
    agency,
    region,
    year: findYear(title, text),
    scope: findScope(agency, text),
    level: findLevel(region),
    publishedAt: findPublished(texts),
    source,
  };
}
