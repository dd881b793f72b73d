import type { CellPath } from '@disclosure/core/lite';

/**
 * Figures stated for a cell outside its table: in the report's prose (`prose`), or in last year's report of the
 * same body (`previousYear`: its 结转下年度 is this year's 上年结转). Several values where several are stated.
 */
export interface StatedCell {
  readonly values: readonly number[];
  readonly by: 'prose' | 'previousYear';
}

/** Stated figures by cell path. The reader uses them only to choose among readings the print and identities allow. */
export type StatedCells = ReadonlyMap<CellPath, StatedCell>;
