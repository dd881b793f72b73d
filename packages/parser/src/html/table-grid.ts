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

/** A non-negative integer attribute as HTML parses it (leading digits), within `max`; `fallback` when absent or invalid. */
function spanValue(value: string | undefined, fallback: number, max: number): number {
  const match = value === undefined ? null : /^\s*\+?(\d+)/u.exec(value);
  return match ? Math.min(Number(match[1]), max) : fallback;
}

/**
 * A cell's spans from its `colspan` and `rowspan` attribute values as HTML reads them: leading digits; a `colspan`
 * from 1 to 1000, a `rowspan` up to 65534 (0: to the end of its row group); 1 when absent or invalid.
 */
export function cellSpans(colspan: string | undefined, rowspan: string | undefined): SpanCell {
  return { colspan: Math.max(1, spanValue(colspan, 1, 1000)), rowspan: spanValue(rowspan, 1, 65534) };
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
