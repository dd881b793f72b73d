/** A cell as the source declares it: how many columns and rows it spans. */
export interface SpanCell {
  readonly colspan: number;
  readonly rowspan: number;
}

/** Where a source cell lands in the expanded grid: its first column (from 0) and the columns it spans. */
export interface GridSlot {
  readonly column: number;
  readonly span: number;
}

/** How many covered grid slots are recorded before huge spans stop reaching down (a crafted page, not a report). */
const maxCoveredSlots = 2_000_000;

/**
 * Lays out rows of spanning cells on a grid, as the HTML table algorithm does: each cell starts in the first
 * column not yet covered by a cell above it (a `rowspan`) or to its left. `rowspan` 0 or one that runs past its row
 * group stops at the group's last row. `groupEnds[r]` is the index of the last row of row `r`'s group.
 */
export function layoutGrid(rows: readonly (readonly SpanCell[])[], groupEnds: readonly number[]): GridSlot[][] {
  const covered: Set<number>[] = rows.map(() => new Set<number>());
  let budget = maxCoveredSlots;
  return rows.map((cells, r) => {
    const taken = covered[r]!;
    const last = groupEnds[r] ?? r;
    let column = 0;
    return cells.map((cell) => {
      while (taken.has(column)) column++;
      let down = cell.rowspan === 0 ? last - r + 1 : Math.min(cell.rowspan, last - r + 1);
      if (down * cell.colspan > budget) down = 1;
      budget -= down * cell.colspan;
      for (let dr = 1; dr < down; dr++) {
        const row = covered[r + dr]!;
        for (let dc = 0; dc < cell.colspan; dc++) row.add(column + dc);
      }
      const slot = { column, span: cell.colspan };
      column += cell.colspan;
      return slot;
    });
  });
}
