import { applicationsTable, activeDisclosureTable, type ColumnEntry, type Edition, type TableEntry } from '@disclosure/core/lite';
import { normalizeLabel, normalizeText } from './normalize.ts';

/** A data row the reader looks for: its path in the table, the label forms it may be printed with, its columns. */
export interface RowTarget {
  /** Path inside the table, e.g. `denied.stateSecret`. */
  readonly path: string;
  readonly labels: readonly string[];
  readonly columns: readonly ColumnEntry[];
  /** The row's cell paths, one per column (`applications.denied.stateSecret.total` …). */
  readonly paths: readonly string[];
  /** Order in the printed table, to prefer the rows that come next. */
  readonly order: number;
  /** The forms of the label of the group heading the row (`(三)不予公开`, `不予公开`), longest first; empty for none. */
  readonly group: readonly string[];
  /**
   * True when the row has fewer cells than its table's widest row (2019's （八）, （九）; 2021's （五）, （六）, （八）): in
   * a grid one of its cells spans the fields of the columns it lacks, and an extraction may print its figure in each.
   */
  readonly spans: boolean;
}

/** Label forms real reports print besides the canonical one (spec §10.4, §11), normalised. */
const extraLabels: Record<string, readonly string[]> = {
  partiallyGranted: ['部分公开'],
  'unableToProvide.notHeld': ['不掌握相关政府信息'],
  'notProcessed.confirmOrReissue': ['要求行政机关确认或重新出具'],
  otherHandling: ['其他处理'],
  'otherHandling.overdueCorrection': ['申请人无正当理由逾期不补正'],
  'otherHandling.overdueFee': ['申请人逾期未按收费通知要求缴纳费用'],
  'art20Item1.normativeDocuments': ['规范性文件'],
};

/**
 * A label's forms for matching. A very short label (`3.其他`, `（七）总计`) keeps its ordinal, printed with `.` or
 * `、`: without it, `其他` and `总计` would match column headers and other tables' words.
 */
function labelForms(zh: string): string[] {
  const bare = normalizeLabel(zh);
  if (bare.length > 3) return [bare];
  const full = normalizeText(zh);
  return [...new Set([full, full.replace(/^(\d+)\./u, '$1,')])];
}

function targets(table: TableEntry, edition: Edition, includeSingleOtherHandling: boolean): RowTarget[] {
  const rows = table.rows.filter(
    (row) => row.editions.includes(edition) || (includeSingleOtherHandling && row.path === 'otherHandling'),
  );
  const widest = Math.max(...rows.map((row) => row.columns.length));
  return rows.map((row, order) => ({
    path: row.path,
    labels: [...labelForms(row.zh), ...(extraLabels[row.path] ?? []).map(normalizeLabel)],
    columns: row.columns,
    paths: row.columns.map((column) => `${table.key}.${row.path}.${column.key}`),
    order,
    group: row.group ? [...new Set([normalizeText(row.group.zh), normalizeLabel(row.group.zh)])] : [],
    spans: row.columns.length < widest,
  }));
}

// Built once per edition: every parse looks for the same rows.
const applicationTargets = { '2019': targets(applicationsTable, '2019', false), '2021': targets(applicationsTable, '2021', true) };
const activeDisclosureTargets = { '2019': targets(activeDisclosureTable, '2019', false), '2021': targets(activeDisclosureTable, '2021', false) };

/** Table 3's rows; for 2021 also the one-row （六）其他处理 that real reports print (spec Part A §7). */
export function applicationRows(edition: Edition): readonly RowTarget[] {
  return applicationTargets[edition];
}

/** Table 2's rows of an edition. */
export function activeDisclosureRows(edition: Edition): readonly RowTarget[] {
  return activeDisclosureTargets[edition];
}
