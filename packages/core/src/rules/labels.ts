import type { CellEntry } from '../paths/cell-path.ts';

const subRowGroups = new Set(['denied', 'unableToProvide', 'notProcessed', 'otherHandling']);

/** A row's printed label for messages, with its group when the row is a numbered sub-row (`（三）不予公开 1.属于国家秘密`). */
export function rowLabel(entry: CellEntry): { zh: string; en: string } {
  const group = entry.row.group;
  if (group && subRowGroups.has(group.key) && entry.row.path.includes('.')) {
    return { zh: `${group.zh} ${entry.row.zh}`, en: `${group.en}: ${entry.row.en}` };
  }
  return { zh: entry.row.zh, en: entry.row.en };
}

/** A cell's label for messages: `表三“（一）予以公开”行“自然人”列`. */
export function cellLabel(entry: CellEntry): { zh: string; en: string } {
  const row = rowLabel(entry);
  const table = tableNames[entry.table.key];
  return {
    zh: `${table.zh}“${row.zh}”${entry.column.zh}`,
    en: `${table.en} “${row.en}” ${entry.column.en.toLowerCase()}`,
  };
}

/** The tables' printed numbers (表二 … 表四), as messages name them. */
export const tableNames = {
  activeDisclosure: { zh: '表二', en: 'Table 2' },
  applications: { zh: '表三', en: 'Table 3' },
  reviewAndLitigation: { zh: '表四', en: 'Table 4' },
} as const;

/** Formats a list of cell paths for a message. */
export function listPaths(paths: readonly string[], language: 'zh' | 'en'): string {
  return paths.join(language === 'zh' ? '、' : ', ');
}
