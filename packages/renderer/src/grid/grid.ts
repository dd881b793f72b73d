import type { CellPath, TableEntry } from '@disclosure/core';

/**
 * What a grid cell holds: a printed `value` of the model, a `header` of the table head, a row `label`, or the
 * `group` heading of a block (`第二十条第（一）项`) that spans the whole table.
 */
export type GridCellKind = 'value' | 'header' | 'label' | 'group';

/** One cell of a table as the official layout prints it, placed where it starts (HTML `<td>` semantics). */
export interface GridCell {
  readonly kind: GridCellKind;
  /** The text printed in the cell: a label, or a value as it was printed (`''` for a blank). */
  readonly text: string;
  /** Grid columns the cell spans; 1 when absent. */
  readonly colSpan?: number;
  /** Grid rows the cell spans; 1 when absent. */
  readonly rowSpan?: number;
  /**
   * True for one column drawn over several grid columns (table 2's single-column blocks), as opposed to a merged
   * label: a format without spans prints it once, in its first slot.
   */
  readonly widened?: boolean;
  /** The model's cell path, for `value` cells only. */
  readonly path?: CellPath;
}

/** One grid row: the cells that start in it, left to right. */
export interface GridRow {
  readonly cells: readonly GridCell[];
  /** True for the rows of the table head (repeated on every page in print). */
  readonly head?: boolean;
}

/** A statistics table laid out as printed, with its merged cells: format-neutral, every serializer draws it. */
export interface Grid {
  readonly key: TableEntry['key'];
  /** Number of grid columns once every span is expanded. */
  readonly columns: number;
  /** Relative width of each grid column (labels wide, figures narrow), summing to 100. */
  readonly widths: readonly number[];
  readonly rows: readonly GridRow[];
}
