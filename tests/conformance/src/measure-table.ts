import { cellOutcomes, type CellOutcome } from './compare-cells.ts';
import type { DocumentResult } from './read-document.ts';

/** One line of the measure table: a class of documents from one source, and what the reader made of their cells. */
export interface MeasureRow {
  readonly class: string;
  readonly source: string;
  documents: number;
  cells: number;
  readonly counts: Record<CellOutcome, number>;
  /** Findings of rules the expected report does not fail, over the row's documents. */
  falseFindings: number;
  /** Rules failing on the row's expected reports, and how many of them the parses report too (a document's rule once). */
  published: number;
  found: number;
  /** Documents with a wrong cell, a cell unread without a diagnostic or a false finding, with how many of each. */
  readonly failing: string[];
  /** Documents with cells unread (with a diagnostic): complete reads are the goal, honest gaps are allowed. */
  readonly incomplete: string[];
  /** Documents whose parse misses a rule their expected report fails, with the rules. */
  readonly missing: string[];
}

/** Adds up results per class and source, in first-seen order. */
export function tabulate(results: ReadonlyArray<{ source: string; result: DocumentResult }>): MeasureRow[] {
  const rows = new Map<string, MeasureRow>();
  for (const { source, result } of results) {
    const key = `${result.document.class}\u0000${source}`;
    const counts = Object.fromEntries(cellOutcomes.map((outcome) => [outcome, 0])) as Record<CellOutcome, number>;
    const row = rows.get(key) ?? { class: result.document.class, source, documents: 0, cells: 0, counts, falseFindings: 0, published: 0, found: 0, failing: [], incomplete: [], missing: [] };
    rows.set(key, row);
    row.documents++;
    row.cells += result.comparison.verdicts.length;
    for (const outcome of cellOutcomes) row.counts[outcome] += result.comparison.counts[outcome];
    const { wrong, 'unread-without-diagnostic': silent, 'unread-with-diagnostic': unread } = result.comparison.counts;
    const rejected = result.rejected ? ` rejected ${result.rejected}` : '';
    const accused = result.falseFindings.length;
    row.falseFindings += accused;
    row.published += result.publishedFindings.length;
    row.found += result.publishedFindings.length - result.missedFindings.length;
    if (result.missedFindings.length > 0) row.missing.push(`${result.document.name} (${result.missedFindings.join(' ')})`);
    if (wrong + silent + accused > 0) row.failing.push(`${result.document.name} (wrong ${wrong}, silent ${silent}, false findings ${accused})`);
    else if (unread > 0) row.incomplete.push(`${result.document.name} (unread ${unread}${rejected})`);
  }
  return [...rows.values()];
}

/** The table as aligned plain text, then the failing and incomplete files of each line. */
export function formatTable(rows: readonly MeasureRow[]): string {
  const header = ['class', 'source', 'docs', 'cells', 'exact', 'blank', 'unread+diag', 'unread silent', 'WRONG', 'read %', 'false findings', 'findings found'];
  const body = rows.map((row) => {
    const printed = row.cells - row.counts['blank-exact'];
    const read = printed === 0 ? 100 : (100 * row.counts.exact) / printed;
    return [
      row.class,
      row.source,
      String(row.documents),
      String(row.cells),
      String(row.counts.exact),
      String(row.counts['blank-exact']),
      String(row.counts['unread-with-diagnostic']),
      String(row.counts['unread-without-diagnostic']),
      String(row.counts.wrong),
      read.toFixed(1),
      String(row.falseFindings),
      `${row.found}/${row.published}`,
    ];
  });
  const widths = header.map((title, i) => Math.max(title.length, ...body.map((cells) => cells[i]!.length)));
  const line = (cells: readonly string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  const table = [line(header), line(widths.map((width) => '-'.repeat(width))), ...body.map(line)].join('\n');
  const details = rows.flatMap((row) => [
    ...(row.failing.length ? [`${row.class} / ${row.source} — WRONG, silent or falsely accused: ${row.failing.join(', ')}`] : []),
    ...(row.incomplete.length ? [`${row.class} / ${row.source} — incomplete: ${row.incomplete.join(', ')}`] : []),
    ...(row.missing.length ? [`${row.class} / ${row.source} — findings missed: ${row.missing.join(', ')}`] : []),
  ]);
  return `${table}\n\n${details.join('\n')}\n`;
}
