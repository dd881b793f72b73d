import { tableCatalogue } from '../catalogue/tables.ts';
import type { ColumnEntry, GroupEntry, RowEntry, TableEntry } from '../catalogue/types.ts';
import { listCellEntries, type CellPath } from '../paths/cell-path.ts';
import type { Language } from './language.ts';

/** A path's printed labels, outermost first: table, then (when shown) group, row and column. */
interface Parts {
  readonly table: TableEntry;
  /** Group and row labels; empty for a whole table. */
  readonly row: readonly (GroupEntry | RowEntry)[];
  readonly column?: ColumnEntry;
}

const tableNumbers: Record<TableEntry['key'], Record<Language, string>> = {
  activeDisclosure: { zh: '表二', en: 'Table 2' },
  applications: { zh: '表三', en: 'Table 3' },
  reviewAndLitigation: { zh: '表四', en: 'Table 4' },
};
const separator: Record<Language, string> = { zh: ' ', en: ' › ' };
// Under 法人或其他组织 the header prints a bare 其他, which alone would read as the row （六）3.其他.
const otherOrganisations = { zh: '法人或其他组织·其他' } as const;

/**
 * The group is shown where the row's own label does not say where it is: the numbered sub-rows of table 3
 * (`1.属于国家秘密` under （三）不予公开) and the two kinds of suit under 行政诉讼 in table 4.
 */
function rowParts(table: TableEntry, row: RowEntry): (GroupEntry | RowEntry)[] {
  const group = row.group;
  const shown = group !== undefined && table.key !== 'activeDisclosure' && group.key !== 'results';
  return shown ? [group, row] : [row];
}

// Every table, group, row and cell path of both editions (and of a 2021 report that prints （六） as one row).
const byPath = new Map<CellPath, Parts>();
for (const table of tableCatalogue) {
  byPath.set(table.key, { table, row: [] });
  for (const row of table.rows) {
    const first = row.path.split('.')[0]!;
    if (row.group && row.group.key === first && row.path !== first) byPath.set(`${table.key}.${first}`, { table, row: [row.group] });
    byPath.set(`${table.key}.${row.path}`, { table, row: rowParts(table, row) });
  }
}
for (const entry of [...listCellEntries('2019'), ...listCellEntries('2021')]) {
  byPath.set(entry.path, { table: entry.table, row: rowParts(entry.table, entry.row), column: entry.column });
}

/** A row's printed label without its trailing note: `（二）部分公开（区分处理的，…）` → `（二）部分公开`. */
function printedRow(entry: GroupEntry | RowEntry, language: Language): string {
  return language === 'en' ? entry.en : entry.zh.replace(/(?<=.)（[^（）]*）$/u, '');
}

function printedColumn(column: ColumnEntry, language: Language): string {
  return language === 'zh' && column.key === 'otherOrganization' ? otherOrganisations.zh : column[language];
}

function describeParts(parts: Parts, language: Language, from: 'table' | 'row' | 'column'): string {
  const words: string[] = [];
  if (from === 'table') words.push(tableNumbers[parts.table.key][language]);
  if (from !== 'column') words.push(...parts.row.map((entry) => printedRow(entry, language)));
  if (parts.column) words.push(printedColumn(parts.column, language));
  return words.join(separator[language]);
}

/**
 * A cell path as a person finds the cell on the page: table › row › column in printed labels, e.g.
 * `表四 行政复议 总计` or `Table 4 › Administrative review › Total`; `表三 （三）不予公开 1.属于国家秘密 自然人`.
 * A row, group or table path names that row, group or table. A path of neither edition comes back unchanged.
 * The one place paths become words: every message, the CLI, the web checker and the renderer's marks use it.
 */
export function describeCell(path: CellPath, language: Language): string {
  const parts = byPath.get(path);
  return parts ? describeParts(parts, language, 'table') : path;
}

/**
 * Several cell paths as one list, each table and row said once: `表四 行政复议 总计、结果维持；行政诉讼 复议后起诉 总计`
 * (`Table 4 › Administrative review › Total, Upheld; …` in English). Repeated paths are listed once.
 */
export function describeCells(paths: readonly CellPath[], language: Language): string {
  const zh = language === 'zh';
  let out = '';
  let previous: Parts | undefined;
  for (const path of new Set(paths)) {
    const parts = byPath.get(path);
    if (!parts) {
      out += `${out === '' ? '' : zh ? '；' : '; '}${path}`;
      previous = undefined;
      continue;
    }
    const sameTable = previous !== undefined && previous.table === parts.table;
    const sameRow = sameTable && parts.column !== undefined && previous!.column !== undefined && previous!.row.at(-1) === parts.row.at(-1);
    if (out !== '') out += sameRow ? (zh ? '、' : ', ') : zh ? '；' : '; ';
    out += describeParts(parts, language, sameRow ? 'column' : sameTable ? 'row' : 'table');
    previous = parts;
  }
  return out;
}
