import { createEmptyReport, ReportProse, sectionCatalogue, type Diagnostic, type Report, type SectionKey } from '@disclosure/core/lite';
import type { Layout, Line } from '../layout/layout.ts';
import { Assembler, type Readings, type SourceMap } from './assembler.ts';
import type { Coverage } from './cell-reading.ts';
import { detectEdition } from './detect-edition.ts';
import { foldLineIdeographs, foldIdeographs } from './fold-ideographs.ts';
import { lineText } from './line-text.ts';
import { normalizeText } from './normalize.ts';
import { preambleLines } from './preamble.ts';
import { readActiveDisclosure } from './read-active-disclosure.ts';
import { readApplications } from './read-applications.ts';
import { readMeta } from './read-meta.ts';
import { readReview } from './read-review.ts';
import { LineTokens } from './line-tokens.ts';
import { findStatedCells } from './prose-evidence.ts';
import { findStatedReview } from './stated-review.ts';
import { findCarriedOver } from './previous-year.ts';
import type { StatedCells } from './stated-cells.ts';
import { proseBeforeTable, sectionRegions, tableLines, type Region } from './regions.ts';
import { isPageMargin, proseOf, withoutPageChrome, withoutSignature } from './section-text.ts';
import { findHeadings } from './sections.ts';
import { activeDisclosureRows, applicationRows } from './row-catalogue.ts';
import { leaveWrappedUnread, wrappedFigures } from './wrapped-figures.ts';
import { barePageNumbers, gluedPageMarks, pagedPageNumbers } from './page-numbers.ts';
import { readTablesEveryWay, type ReadTable } from './page-hypotheses.ts';

export type { Readings, SourceMap } from './assembler.ts';

/** What reading a document gives: the report, what was noticed while reading, and where each cell came from. */
export interface ReadResult {
  readonly report: Report;
  readonly notes: Diagnostic[];
  readonly sourceMap: SourceMap;
  /** How each cell was read. */
  readonly readings: Readings;
  /** How much of the tables was read. */
  readonly coverage: Coverage;
  /** The report's prose as searched for stated figures, handed on to `validate` so it is not normalised twice. */
  readonly prose: ReportProse;
}

const sectionKeys = sectionCatalogue.map((entry) => entry.key);
const tableKeys: readonly SectionKey[] = ['activeDisclosure', 'applications', 'reviewAndLitigation'];
const tablesWithProse = new Set<SectionKey>(tableKeys);

/**
 * A document's lines without its pages' margins (page numbers, a browser's header and footer; see `isPageMargin` and
 * `pagedPageNumbers`),
 * and their texts, each joined once for the readers of whole lines; an ideograph printed as a compatibility form (a
 * Kangxi radical) is read as the ideograph (see `foldIdeographs`).
 */
function withoutMargins(all: readonly Line[]): { lines: Line[]; texts: string[] } {
  const printed = all.map(lineText);
  const numbers = pagedPageNumbers(all, printed);
  const glued = gluedPageMarks(printed);
  const lines: Line[] = [];
  const texts: string[] = [];
  all.forEach((line, i) => {
    const mark = glued.get(i);
    if (mark !== undefined) {
      const rest = withoutMark(line, mark);
      lines.push(foldLineIdeographs(rest));
      texts.push(foldIdeographs(lineText(rest)));
      return;
    }
    const text = foldIdeographs(printed[i]!);
    // A row of a grid (tab text, Markdown, a web page's or Word's table) is never a footer: `— | 2 | —` is a row's
    // blank, figure and blank.
    const grid = line.fields.length > 1 && line.fields.some((field) => field.column !== undefined);
    const lastOnPage = line.page !== undefined && all[i + 1]?.page !== line.page;
    if (!grid && (numbers.has(i) || isPageMargin(text, lastOnPage))) return;
    lines.push(text === printed[i] ? line : foldLineIdeographs(line));
    texts.push(text);
  });
  return { lines, texts };
}

/**
 * A line without the page number glued to its start (`gluedPageMarks`: `mark` characters of its text, all in its first
 * field, which goes on after them).
 */
function withoutMark(line: Line, mark: number): Line {
  const [first, ...rest] = line.fields;
  const text = first!.text.slice(mark);
  const place = first!.place.kind === 'text' ? { ...first!.place, column: first!.place.column + mark } : first!.place;
  return { ...line, fields: [{ ...first!, text, place }, ...rest] };
}

/** Whether a line is one of the three tables', by the regions of their sections. */
function inTables(regions: ReadonlyMap<SectionKey, Region>): (line: Line) => boolean {
  const held = new Set<Line>();
  for (const key of tableKeys) {
    const region = regions.get(key)!;
    if (region.heading) for (const line of tableLines(region.lines)) held.add(line);
  }
  return (line) => held.has(line);
}

/** Options of `readLayout`. */
export interface ReadOptions {
  /** The document's name, kept in `meta.source.name`. */
  readonly name?: string;
  /** Last year's report of the same body: its 结转下年度 row is evidence for this year's 上年结转 row. */
  readonly previous?: Report | undefined;
}

/** Reads a document's layout into a report: metadata, the six sections' prose, and the three tables. */
export function readLayout(layout: Layout, options: ReadOptions = {}): ReadResult {
  let { lines, texts } = withoutMargins(layout.lines);
  let headings = findHeadings(texts);
  let regions = sectionRegions(lines, headings, sectionKeys);
  // Text that keeps no pages prints its page numbers bare among the tables' cells; those the text proves are dropped,
  // and a table with a line that may be either is read every way it may be (`readTablesEveryWay`).
  const bare = layout.lines.some((line) => line.page !== undefined) ? null : barePageNumbers(lines, texts, inTables(regions));
  if (bare && bare.pages.size > 0) {
    const kept = lines.map((line) => !bare.pages.has(line));
    lines = lines.filter((_, i) => kept[i]);
    texts = texts.filter((_, i) => kept[i]);
    headings = findHeadings(texts);
    regions = sectionRegions(lines, headings, sectionKeys);
  }
  const meta = readMeta(texts, { kind: layout.kind, ...(options.name ? { name: options.name } : {}) });
  const detection = detectEdition(normalizeText(texts.join('')), meta.year);
  const report = createEmptyReport(detection.edition);
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
    const text = proseOf(prose);
    report.sections[key] = { title: region.heading.title, text: key === 'otherMatters' ? withoutPageChrome(text) : text };
  }
  const tables = new Map(
    tableKeys.map((key) => {
      const region = regions.get(key)!;
      return [key, region.heading ? { ...region, lines: tableLines(region.lines) } : region];
    }),
  );
  const table = (key: SectionKey): Region => tables.get(key)!;
  const prose = new ReportProse(report);
  const stated: StatedCells = new Map([...(options.previous ? findCarriedOver(options.previous) : new Map()), ...findStatedCells(prose)]);
  const statedReview = findStatedReview(prose);
  const tokens = new LineTokens();
  const readTable: ReadTable = (key, lines, into) => {
    if (key === 'activeDisclosure') readActiveDisclosure({ ...table(key), lines }, into, stated, tokens);
    else if (key === 'applications') readApplications({ ...table(key), lines }, into, stated, tokens);
    else readReview(lines, into, tokens, statedReview);
  };
  readTablesEveryWay(tableKeys.map((key) => ({ key, lines: table(key).lines })), bare?.uncertain ?? [], readTable, assembler);
  assembler.leaveCountedWrapsUnread();
  if (layout.kind === 'pdf') {
    const labels = [...activeDisclosureRows(report.edition), ...applicationRows(report.edition)].flatMap((target) => target.labels);
    leaveWrappedUnread(assembler, wrappedFigures(lines, labels));
  }
  const missingSections = sectionCatalogue.filter((entry) => !regions.get(entry.key)!.heading);
  if (missingSections.length > 0) {
    assembler.note({
      rule: 'parser/missing-section',
      severity: 'warning',
      status: 'fail',
      message: `未找到以下部分的标题：${missingSections.map((entry) => `${entry.ordinal}、${entry.zh}`).join('；')}`,
      messageEn: `No heading found for: ${missingSections.map((entry) => entry.en).join('; ')}`,
      paths: [],
    });
  }
  return { report, notes: assembler.notes, sourceMap: assembler.sourceMap, readings: assembler.readings, coverage: assembler.coverage(), prose };
}
