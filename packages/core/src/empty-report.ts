import { tableCatalogue } from './catalogue/tables.ts';
import type { Edition } from './edition.ts';
import type { Meta } from './model/meta.ts';
import type { Report, Report2019, Report2021 } from './model/report.ts';
import type { Sections } from './model/sections.ts';
import { rowsOf } from './paths/cell-path.ts';

/** Options of `createEmptyReport`. */
export interface EmptyReportOptions {
  /**
   * How table 3's （六）其他处理 is printed. `'subRows'`: the three sub-rows of the 2021 format
   * (`applications.otherHandling.overdueCorrection.total` …). `'oneRow'`: one row of seven cells
   * (`applications.otherHandling.total` …), as the 2019 format has it and as some 2021 reports print it
   * (淮安市洪泽区 2023, 2024). Default: the edition's own shape — `'subRows'` for 2021, `'oneRow'` for 2019, which
   * has no sub-rows (asking for them there throws a `RangeError`).
   */
  readonly otherHandling?: 'subRows' | 'oneRow' | undefined;
}

type Node = { [key: string]: Node | null };

function buildTables(edition: Edition, singleOtherHandling: boolean): Node {
  const tables: Node = {};
  for (const table of tableCatalogue) {
    const root: Node = {};
    for (const row of rowsOf(table, edition, singleOtherHandling)) {
      let node = root;
      for (const key of row.path.split('.')) node = (node[key] ??= {}) as Node;
      for (const column of row.columns) node[column.key] = null;
    }
    tables[table.key] = root;
  }
  return tables;
}

/** A deep copy of a tree of plain objects whose leaves are `null`. */
function copyNode(node: Node): Node {
  const copy: Node = {};
  for (const key in node) {
    const child = node[key]!;
    copy[key] = child === null ? null : copyNode(child);
  }
  return copy;
}

/** Each shape's empty tables, built from the catalogue once and copied for every report. */
const templates = new Map<string, Node>();

function createEmptyTables(edition: Edition, singleOtherHandling: boolean): Node {
  const key = `${edition}${singleOtherHandling ? '+single' : ''}`;
  let template = templates.get(key);
  if (!template) {
    template = buildTables(edition, singleOtherHandling);
    templates.set(key, template);
  }
  return copyNode(template);
}

const emptySections: Sections = {
  overview: null,
  activeDisclosure: null,
  applications: null,
  reviewAndLitigation: null,
  problemsAndImprovements: null,
  otherMatters: null,
};

/**
 * A report of `edition` with every cell `null`, no sections and unknown metadata (scope `agency`, source `manual`):
 * the start of a report composed from data with `setCell`. `options.otherHandling` picks the shape of （六）其他处理
 * (default: the edition's own). Throws a `RangeError` for `{ otherHandling: 'subRows' }` on the 2019 edition.
 */
export function createEmptyReport(edition: '2019', options?: EmptyReportOptions & { readonly otherHandling?: 'oneRow' | undefined }): Report2019;
export function createEmptyReport(edition: '2021', options?: EmptyReportOptions): Report2021;
export function createEmptyReport(edition: Edition, options?: EmptyReportOptions): Report;
export function createEmptyReport(edition: Edition, options: EmptyReportOptions = {}): Report {
  if (edition === '2019' && options.otherHandling === 'subRows') {
    throw new RangeError('The 2019 edition prints （六）其他处理 as one row: it has no sub-rows');
  }
  const singleOtherHandling = edition === '2021' && options.otherHandling === 'oneRow';
  const meta: Meta = { title: null, agency: null, region: null, year: null, scope: 'agency', source: { kind: 'manual' } };
  return { edition, meta, sections: { ...emptySections }, tables: createEmptyTables(edition, singleOtherHandling), printed: {} } as Report;
}
