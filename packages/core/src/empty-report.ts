import { tableCatalogue } from './catalogue/tables.ts';
import type { Edition } from './edition.ts';
import type { Meta } from './model/meta.ts';
import type { Report, Report2019, Report2021 } from './model/report.ts';
import type { Sections } from './model/sections.ts';

function createEmptyTables(edition: Edition): Record<string, unknown> {
  const tables: Record<string, Record<string, unknown>> = {};
  for (const table of tableCatalogue) {
    const root: Record<string, unknown> = {};
    for (const row of table.rows) {
      if (!row.editions.includes(edition)) continue;
      let node = root;
      for (const key of row.path.split('.')) node = (node[key] ??= {}) as Record<string, unknown>;
      for (const column of row.columns) node[column.key] = null;
    }
    tables[table.key] = root;
  }
  return tables;
}

const emptySections: Sections = {
  overview: null,
  activeDisclosure: null,
  applications: null,
  reviewAndLitigation: null,
  problemsAndImprovements: null,
  otherMatters: null,
};

/** A report of `edition` with every cell `null`, no sections and unknown metadata (scope `agency`, source `manual`). */
export function createEmptyReport(edition: '2019'): Report2019;
export function createEmptyReport(edition: '2021'): Report2021;
export function createEmptyReport(edition: Edition): Report;
export function createEmptyReport(edition: Edition): Report {
  const meta: Meta = { title: null, agency: null, region: null, year: null, scope: 'agency', source: { kind: 'manual' } };
  return { edition, meta, sections: { ...emptySections }, tables: createEmptyTables(edition), printed: {} } as Report;
}
