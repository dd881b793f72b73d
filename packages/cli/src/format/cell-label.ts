import { listCellEntries, tableCatalogue, type CellEntry, type ColumnEntry, type TableEntry } from '@disclosure/core';
import type { Lang } from '../lang/choose-lang.ts';

const ordinals = { zh: ['表二', '表三', '表四'], en: ['Table 2', 'Table 3', 'Table 4'] };
const organisations = { zh: '法人或其他组织', en: 'Legal persons or other organisations' };
const organisationColumns = new Set(['commercialEnterprise', 'researchInstitution', 'socialWelfareOrganization', 'legalServiceInstitution', 'otherOrganization']);

// Both editions' cells, including the 2019 （六） row that a 2021 report may print as one row.
const byPath = new Map<string, CellEntry>();
for (const entry of [...listCellEntries('2019'), ...listCellEntries('2021')]) byPath.set(entry.path, entry);

function labelTable(table: TableEntry, lang: Lang): string {
  return `${ordinals[lang][tableCatalogue.indexOf(table)] ?? ''} ${table[lang]}`.trim();
}

function labelRow(entry: Pick<CellEntry, 'row'>, lang: Lang): string {
  const { row } = entry;
  // '1.属于国家秘密' alone does not say which block it is in; '（一）予以公开' under 三、本年度办理结果 does.
  return row.group && row.group.key !== 'results' ? `${row.group[lang]} › ${row[lang]}` : row[lang];
}

function labelColumn(table: TableEntry, column: ColumnEntry, lang: Lang): string {
  return table.key === 'applications' && organisationColumns.has(column.key) ? `${organisations[lang]} · ${column[lang]}` : column[lang];
}

/**
 * A cell path as a reader finds the cell on the page, from core's table catalogue: table › row › column, e.g.
 * `表三 收到和处理政府信息公开申请情况 › （三）不予公开 › 1.属于国家秘密 › 自然人`. A row path names the row; any
 * other path is returned as it is.
 */
export function labelCell(path: string, lang: Lang): string {
  const entry = byPath.get(path);
  if (entry) return `${labelTable(entry.table, lang)} › ${labelRow(entry, lang)} › ${labelColumn(entry.table, entry.column, lang)}`;
  for (const table of tableCatalogue) {
    const row = table.rows.find((candidate) => `${table.key}.${candidate.path}` === path);
    if (row) return `${labelTable(table, lang)} › ${labelRow({ row }, lang)}`;
  }
  return path;
}
