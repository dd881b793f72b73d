import {
  applicantColumns,
  emptyReport,
  sectionCatalogue,
  setCell,
  type CellPath,
  type Diagnostic,
  type Place,
  type Report,
  type SectionKey,
} from '@disclosure/core';
import type { Layout, Line } from '../layout/layout.ts';
import { detectEdition } from './detect-edition.ts';
import { splitDigitRun } from './digit-runs.ts';
import { lineText, sliceLine } from './line-text.ts';
import { normalizeText } from './normalize.ts';
import { findHeaderColumns } from './placement.ts';
import { readMeta } from './read-meta.ts';
import { readReview, reviewPaths } from './read-review.ts';
import { readRows, type ReadRow } from './read-rows.ts';
import { proseBeforeTable, sectionRegions, tableLines, type Region } from './regions.ts';
import { resolveRuns, type ColumnIdentity, type RowValues } from './resolve-runs.ts';
import { activeDisclosureRows, applicationRows, type RowTarget } from './row-catalogue.ts';
import { isPageFooter, proseOf, withoutSignature } from './section-text.ts';
import { findHeadings } from './sections.ts';
import type { ValueToken } from './tokens.ts';

/** Where each cell was read: its place in the source, by cell path. */
export type SourceMap = Record<CellPath, Place>;

/** What reading a document gives: the report, what was noticed while reading, and where each cell came from. */
export interface ReadResult {
  readonly report: Report;
  readonly notes: Diagnostic[];
  readonly sourceMap: SourceMap;
}

const sectionKeys = sectionCatalogue.map((entry) => entry.key);
const tablesWithProse = new Set<SectionKey>(['activeDisclosure', 'applications', 'reviewAndLitigation']);

/** Table 3's column identities (T3.R1, T3.R2) over row paths, used to decide digit runs. */
function applicationIdentities(targets: readonly RowTarget[]): ColumnIdentity[] {
  const results = targets
    .map((target) => target.path)
    .filter((path) => !['newlyReceived', 'carriedOverFromLastYear', 'totalProcessed', 'carriedForwardToNextYear'].includes(path));
  return [
    { plus: ['newlyReceived', 'carriedOverFromLastYear'], minus: ['totalProcessed', 'carriedForwardToNextYear'] },
    { plus: results, minus: ['totalProcessed'] },
  ];
}

class Assembler {
  readonly notes: Diagnostic[] = [];
  readonly sourceMap: SourceMap = {};
  constructor(readonly report: Report) {}

  set(path: CellPath, token: ValueToken | null): void {
    if (!token) return;
    const printed = token.printed !== '' && token.printed !== String(token.value) ? token.printed : undefined;
    setCell(this.report, path, token.value, printed);
    this.sourceMap[path] = token.place;
  }

  /** Cells cut out of one run of digits: no printed text of their own, each placed at its digits in the run. */
  setSplit(paths: readonly CellPath[], token: ValueToken, values: readonly number[]): void {
    let offset = 0;
    values.forEach((value, i) => {
      setCell(this.report, paths[i]!, value);
      const place = token.place;
      this.sourceMap[paths[i]!] = place.kind === 'text' ? { ...place, column: place.column + offset } : place;
      offset += String(value).length;
    });
  }

  note(diagnostic: Diagnostic): void {
    this.notes.push(diagnostic);
  }

  /** Notes a row read from a misprinted label, and a row whose reading was not unique. */
  rowNotes(table: string, row: ReadRow, place: Place | undefined): void {
    if (row.distance > 0) {
      this.note({
        rule: 'parser/label-variant',
        severity: 'info',
        status: 'fail',
        message: `行标签与标准不同，按“${row.label}”读取`,
        messageEn: `Row label differs from the format's; read as “${row.label}”`,
        paths: row.target.columns.map((column) => `${table}.${row.target.path}.${column.key}`),
        ...(place ? { place } : {}),
      });
    }
  }

  ambiguous(table: string, target: RowTarget, printed: string, place: Place | undefined, why: string, whyEn: string): void {
    this.note({
      rule: 'parser/ambiguous-row',
      severity: 'warning',
      status: 'fail',
      message: `“${printed}”无法唯一确定各栏数值（${why}），该行未读取`,
      messageEn: `“${printed}” cannot be read into cells uniquely (${whyEn}); the row is left unread`,
      paths: target.columns.map((column) => `${table}.${target.path}.${column.key}`),
      ...(place ? { place } : {}),
    });
  }

  missing(table: string, targets: readonly RowTarget[]): void {
    if (targets.length === 0) return;
    this.note({
      rule: 'parser/missing-row',
      severity: 'warning',
      status: 'notAssessable',
      message: `未找到以下行：${targets.map((t) => t.path).join('、')}`,
      messageEn: `Rows not found: ${targets.map((t) => t.path).join(', ')}`,
      paths: targets.flatMap((target) => target.columns.map((column) => `${table}.${target.path}.${column.key}`)),
    });
  }
}

function readActiveDisclosure(region: Region, assembler: Assembler): void {
  const targets = activeDisclosureRows(assembler.report.edition);
  const header = findHeaderColumns(region.lines, targets.flatMap((target) => target.columns));
  const { rows, notes } = readRows(region.lines, targets, header, (digits, target) => splitDigitRun(digits, target.columns.length));
  notes.forEach((note) => assembler.note(note));
  for (const row of rows) {
    const reading = row.reading;
    const paths = row.target.columns.map((column) => `activeDisclosure.${row.target.path}.${column.key}`);
    if (reading.kind === 'cells') {
      reading.cells.forEach((token, i) => assembler.set(paths[i]!, token));
      const unit = reading.cells.find((token) => token?.unit)?.unit;
      if (row.target.path === 'art20Item9.centralizedProcurement' && assembler.report.edition === '2019') {
        assembler.report.tables.activeDisclosure.art20Item9.centralizedProcurement.amountUnit = unit ?? 'unknown';
      }
      assembler.rowNotes('activeDisclosure', row, reading.cells.find(Boolean)?.place);
    } else if (reading.kind === 'run' && reading.candidates.length === 1) {
      assembler.setSplit(paths, reading.token, reading.candidates[0]!);
    } else {
      const printed = reading.kind === 'run' ? reading.token.printed : reading.tokens.map((t) => t.printed).join(' ');
      const place = reading.kind === 'run' ? reading.token.place : reading.tokens[0]?.place;
      assembler.ambiguous('activeDisclosure', row.target, printed, place, '本表各栏之间没有勾稽关系', 'the table has no identity across these columns');
    }
  }
  const read = new Set(rows.map((row) => row.target.path));
  assembler.missing('activeDisclosure', targets.filter((target) => !read.has(target.path)));
}

function readApplications(region: Region, assembler: Assembler): void {
  const report = assembler.report;
  const targets = applicationRows(report.edition);
  const header = findHeaderColumns(region.lines, applicantColumns);
  const width = applicantColumns.length;
  const { rows, notes } = readRows(region.lines, targets, header, (digits) =>
    splitDigitRun(digits, width).filter((cells) => cells.slice(0, -1).reduce((a, b) => a + b, 0) === cells.at(-1)),
  );
  notes.forEach((note) => assembler.note(note));
  if (report.edition === '2021' && rows.some((row) => row.target.path === 'otherHandling')) {
    report.tables.applications.otherHandling = Object.fromEntries(applicantColumns.map((c) => [c.key, null])) as never;
  }
  const known = new Map<string, RowValues>();
  const runs: Array<{ row: ReadRow; candidates: readonly number[][] }> = [];
  for (const row of rows) {
    const reading = row.reading;
    const paths = applicantColumns.map((column) => `applications.${row.target.path}.${column.key}`);
    if (reading.kind === 'cells') {
      reading.cells.forEach((token, i) => assembler.set(paths[i]!, token));
      known.set(row.target.path, reading.cells.map((token) => token?.value ?? null));
      assembler.rowNotes('applications', row, reading.cells.find(Boolean)?.place);
    } else if (reading.kind === 'run' && reading.candidates.length === 1) {
      assembler.setSplit(paths, reading.token, reading.candidates[0]!);
      known.set(row.target.path, reading.candidates[0]!);
    } else if (reading.kind === 'run' && reading.candidates.length > 1) {
      runs.push({ row, candidates: reading.candidates });
    } else {
      const printed = reading.kind === 'run' ? reading.token.printed : reading.tokens.map((t) => t.printed).join(' ');
      const place = reading.kind === 'run' ? reading.token.place : reading.tokens[0]?.place;
      assembler.ambiguous('applications', row.target, printed, place, '数值个数与栏目不符', 'the number of values does not fit the columns');
    }
  }
  if (runs.length > 0) {
    const chosen = resolveRuns(known, runs, applicationIdentities(rows.map((row) => row.target)), width);
    for (const { row } of runs) {
      const reading = row.reading as Extract<ReadRow['reading'], { kind: 'run' }>;
      const values = chosen?.get(row.target.path);
      const paths = applicantColumns.map((column) => `applications.${row.target.path}.${column.key}`);
      if (values) assembler.setSplit(paths, reading.token, values);
      else assembler.ambiguous('applications', row.target, reading.token.printed, reading.token.place, '表内勾稽关系不能唯一确定拆分', "the table's identities do not make the split unique");
    }
  }
  const read = new Set(rows.map((row) => row.target.path));
  const singleRow = read.has('otherHandling');
  const missing = targets.filter(
    (target) =>
      !read.has(target.path) &&
      !(target.path === 'otherHandling' && report.edition === '2021' && !singleRow) &&
      !(target.path.startsWith('otherHandling.') && singleRow),
  );
  assembler.missing('applications', missing);
}

function readReviewTable(region: Region, assembler: Assembler): void {
  const { cells, notes } = readReview(region.lines);
  notes.forEach((note) => assembler.note(note));
  cells.forEach((token, i) => assembler.set(`reviewAndLitigation.${reviewPaths[i]}`, token));
}

const crawlerHeader = /^\s*(?:(?:标题|发布时间|发布日期|文号|发布机构|栏目|原文链接|本地目录|来源)\s*[:：]|页面链接与图片)|^\s*=+\s*正文\s*=+\s*$|^\s*#/u;

/** The lines before the first heading that are prose: not the title, not a crawler's header, not the date line. */
function preambleLines(lines: readonly Line[], first: { line: number; start: number }): Line[] {
  const out: Line[] = [];
  lines.forEach((line, index) => {
    const cut = index === first.line ? sliceLine(line, 0, first.start) : line;
    if (!cut) return;
    const text = lineText(cut);
    if (crawlerHeader.test(text) || /年度报告\s*$|^\s*[(（]?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[)）]?\s*$/u.test(text)) return;
    if (text.replace(/\s/gu, '').length <= 20 && !/[，。：；]/u.test(text)) return;
    out.push(cut);
  });
  return out;
}

/** Options of `readLayout`. */
export interface ReadOptions {
  /** The document's name, kept in `meta.source.name`. */
  readonly name?: string;
}

/** Reads a document's layout into a report: metadata, the six sections' prose, and the three tables. */
export function readLayout(layout: Layout, options: ReadOptions = {}): ReadResult {
  const lines: Line[] = layout.lines.filter((line) => !isPageFooter(lineText(line)));
  const headings = findHeadings(lines);
  const meta = readMeta(lines, { kind: layout.kind, ...(options.name ? { name: options.name } : {}) });
  const detection = detectEdition(normalizeText(lines.map(lineText).join('')), meta.year);
  const report = emptyReport(detection.edition);
  report.meta = meta;
  const assembler = new Assembler(report);
  if (detection.from !== 'labels') {
    assembler.note({
      rule: 'parser/edition-from-year',
      severity: 'info',
      status: 'fail',
      message: `表格标签不能判定格式版本，按${detection.from === 'year' ? '报告年度' : '默认'}定为 ${detection.edition} 版`,
      messageEn: `The table labels do not tell the edition; taken as ${detection.edition} from the ${detection.from === 'year' ? 'report year' : 'default'}`,
      paths: [],
    });
  }
  const regions = sectionRegions(lines, headings, sectionKeys);
  const first = headings[0];
  if (first) {
    const preamble = proseOf(preambleLines(lines.slice(0, first.line + 1), first));
    if (preamble) report.preamble = preamble;
  }
  for (const key of sectionKeys) {
    const region = regions.get(key)!;
    if (!region.heading) continue;
    const prose = tablesWithProse.has(key)
      ? proseBeforeTable(region.lines)
      : key === 'otherMatters'
        ? withoutSignature(region.lines)
        : region.lines;
    report.sections[key] = { title: region.heading.title, text: proseOf(prose) };
  }
  const table = (key: SectionKey): Region => {
    const region = regions.get(key)!;
    return region.heading ? { ...region, lines: tableLines(region.lines) } : region;
  };
  readActiveDisclosure(table('activeDisclosure'), assembler);
  readApplications(table('applications'), assembler);
  readReviewTable(table('reviewAndLitigation'), assembler);
  const missingSections = sectionKeys.filter((key) => !regions.get(key)!.heading);
  if (missingSections.length > 0) {
    assembler.note({
      rule: 'parser/missing-section',
      severity: 'warning',
      status: 'fail',
      message: `未找到以下部分的标题：${missingSections.join('、')}`,
      messageEn: `No heading found for: ${missingSections.join(', ')}`,
      paths: [],
    });
  }
  return { report, notes: assembler.notes, sourceMap: assembler.sourceMap };
}
