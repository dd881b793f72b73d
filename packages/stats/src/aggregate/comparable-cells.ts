import type { CellPath, Edition } from '@disclosure/core';
import { canonicalCells } from '../cells/canonical-cells.ts';

/** A cell that some editions of a set print and others do not, so it is left out of their sums. */
export interface NotComparableCell {
  readonly path: CellPath;
  readonly zh: string;
  /** The editions of the set that print it. */
  readonly editions: readonly Edition[];
  readonly reason: string;
  readonly reasonEn: string;
}

/** Which cells mean the same thing in every edition of a set, and which do not. */
export interface Comparability {
  readonly comparable: readonly CellPath[];
  readonly notComparable: readonly NotComparableCell[];
}

function reasonFor(path: CellPath): [string, string] {
  if (path.startsWith('activeDisclosure.')) {
    return [
      '表二的栏目在2019版与2021版之间全部改变（本年新制作/新公开/对外公开总数 → 本年制发/废止/现行有效；上一年项目数/增减/处理决定 → 本年处理决定；收费项目数 → 收费金额；2021版删去其他对外管理服务事项与政府集中采购），没有一栏含义相同',
      'Every table 2 column changed between the 2019 and 2021 editions; none means the same thing in both',
    ];
  }
  if (path.startsWith('applications.otherHandling.')) {
    return [
      '（六）其他处理的2021版子项在2019版中没有对应；两版可比的是（六）整行（2021版为三个子项之和）',
      'The 2021 sub-rows of row (6) other handling have no 2019 counterpart; the whole row (6) (the sum of the sub-rows in 2021) is what compares',
    ];
  }
  return ['该单元格只在部分版本中存在', 'The cell exists in only some of the editions'];
}

/**
 * Splits the cells of `editions` into those every edition carries (table 3 row for row, with 2021's （六）
 * sub-rows summed into the 2019 （六） row; table 4 whole) and those it does not (all of table 2 across editions,
 * and the （六） sub-rows). For a single edition every cell is comparable.
 */
export function listComparableCells(editions: Iterable<Edition>): Comparability {
  const set = [...new Set(editions)];
  const comparable: CellPath[] = [];
  const notComparable: NotComparableCell[] = [];
  for (const cell of canonicalCells) {
    const carriedBy = set.filter((edition) => cell.editions.includes(edition));
    if (carriedBy.length === 0) continue;
    if (carriedBy.length === set.length) comparable.push(cell.path);
    else {
      const [reason, reasonEn] = reasonFor(cell.path);
      notComparable.push({ path: cell.path, zh: cell.zh, editions: carriedBy, reason, reasonEn });
    }
  }
  return { comparable, notComparable };
}
