import { tableCatalogue, type CellPath, type ColumnUnit, type Edition } from '@disclosure/core';

/** One cell of either edition, under the one path it has in every report that carries it. */
export interface CanonicalCell {
  readonly index: number;
  readonly path: CellPath;
  /** Chinese label: the row's group (except 三、本年度办理结果), the row and the column, joined by ` · `. */
  readonly zh: string;
  readonly en: string;
  readonly unit: ColumnUnit;
  /**
   * The editions whose reports carry this cell. （六）其他处理's one-row cells count for both: a 2021 report
   * either prints that row or has it as the sum of its three sub-rows.
   */
  readonly editions: readonly Edition[];
}

function buildCanonicalCells(): CanonicalCell[] {
  const cells: CanonicalCell[] = [];
  const seen = new Set<string>();
  for (const table of tableCatalogue) {
    for (const row of table.rows) {
      const otherHandlingRow = table.key === 'applications' && row.path === 'otherHandling';
      for (const column of row.columns) {
        const path = `${table.key}.${row.path}.${column.key}`;
        if (seen.has(path)) continue;
        seen.add(path);
        const group = row.group && row.group.key !== 'results' ? row.group : undefined;
        cells.push({
          index: cells.length,
          path,
          zh: [group?.zh, row.zh, column.zh].filter(Boolean).join(' · '),
          en: [group?.en, row.en, column.en].filter(Boolean).join(' · '),
          unit: column.unit,
          editions: otherHandlingRow ? ['2019', '2021'] : row.editions,
        });
      }
    }
  }
  return cells;
}

/** Every cell of both editions in printed order (table 2's 2019 rows before its 2021 rows). */
export const canonicalCells: readonly CanonicalCell[] = buildCanonicalCells();

/** A canonical cell by path. */
export const canonicalIndex: ReadonlyMap<CellPath, CanonicalCell> = new Map(canonicalCells.map((cell) => [cell.path, cell]));
