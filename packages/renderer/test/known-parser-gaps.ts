import { cellEntries, getCell, type Report } from '@disclosure/core';

/**
 * Where the parser (not the renderer) loses something the renderer wrote faithfully, as found by the round trips.
 * Each gap names exactly which differences it explains; `test/parser-gaps.test.ts` reproduces each one on a
 * small input with `it.fails`, so fixing the parser makes that test fail and this list can be shortened.
 */
export interface ParserGap {
  readonly id: string;
  /** The differences (from `differences`) this gap explains for a report rendered to `format`. */
  readonly explains: (expected: Report, format: string, difference: string) => boolean;
}

/** Rows of table 3 that print a blank cell (null without printed text): the parser places them by header position. */
function rowsWithBlank(report: Report): Set<string> {
  const rows = new Set<string>();
  for (const entry of cellEntries(report)) {
    if (entry.table.key !== 'applications') continue;
    const path = entry.path;
    if (getCell(report, path) === null && report.printed?.[path] === undefined) rows.add(path.slice(0, path.lastIndexOf('.')));
  }
  return rows;
}

/** True when every cell of the row holding the cell at `path` is `null` (blanks and placeholders only). */
function rowAllNull(report: Report, path: string): boolean {
  const row = path.slice(0, path.lastIndexOf('.'));
  const cells = cellEntries(report).filter((entry) => entry.path.slice(0, entry.path.lastIndexOf('.')) === row);
  return cells.length > 0 && cells.every((entry) => getCell(report, entry.path) === null);
}

/** The row of a cell-path difference line, and its column. */
function rowAndColumn(difference: string): [string, string] | null {
  const match = /^(?:printed )?(applications\.[\w.]+)\.(\w+):/u.exec(difference);
  return match ? [match[1]!, match[2]!] : null;
}

export const knownParserGaps: readonly ParserGap[] = [
  {
    // findHeaderColumns lets a later field whose label normalises to a column label win: the row label
    // `（七）总计` (ordinal stripped → `总计`) moves the 总计 column to the label's grid column, so a row placed by
    // header position (one that prints a blank) loses its total.
    id: 'row-label-（七）总计-taken-as-总计-header',
    explains: (expected, _format, difference) => {
      const at = rowAndColumn(difference);
      return at !== null && at[1] === 'total' && rowsWithBlank(expected).has(at[0]);
    },
  },
  {
    // readRows skips a run of values that are all null (`values.every(token => token.value === null)`), so a row
    // printing only placeholders (`/`, `—`, `无` …) and blanks is never read: its cells are null as they should be,
    // but the printed placeholders are lost and the row is reported as parser/missing-row.
    id: 'all-placeholder-row-skipped',
    explains: (expected, _format, difference) => {
      const match = /^printed ((?:activeDisclosure|applications)\.[\w.]+): .* → undefined$/u.exec(difference);
      return match !== null && rowAllNull(expected, match[1]!);
    },
  },
  {
    // readReview takes the value tokens of every line of section 四's region, the prose before the table included:
    // a number in that prose (`办结2件`) makes 16 values instead of 15, and the whole table 4 is left unread.
    id: 'section-四-prose-number-read-as-table-4-value',
    explains: (expected, _format, difference) =>
      /\d/u.test(expected.sections.reviewAndLitigation?.text ?? '') && /^(?:printed )?reviewAndLitigation\./u.test(difference),
  },
  {
    // fromText reads Markdown but keeps backslash escapes literally: prose `\<b>` (how Markdown writes a literal
    // `<b>`) comes back as `\<b>` instead of `<b>`; the same for `\*`, `\_`, `\[`, `\]`, `` \` `` and `\\`.
    id: 'markdown-backslash-escapes-kept',
    explains: (_expected, format, difference) =>
      format === 'markdown' && /^section \w+ text: /u.test(difference) && difference.slice(difference.indexOf(' → ')).includes('\\\\'),
  },
  {
    // proseBeforeTable cuts a line at `行政复议[\s|]*行政诉讼` and keeps what precedes it on the same line as prose,
    // so a GFM header row `| 行政复议 | 行政复议 | … | 行政诉讼 | …` leaves `行政复议 ×4` in section 四's text.
    id: 'markdown-table-4-header-as-prose',
    explains: (_expected, format, difference) => format === 'markdown' && difference.startsWith('section reviewAndLitigation text:'),
  },
];

/** The differences no known parser gap explains. */
export function unexplained(expected: Report, format: string, found: readonly string[]): string[] {
  return found.filter((difference) => !knownParserGaps.some((gap) => gap.explains(expected, format, difference)));
}
