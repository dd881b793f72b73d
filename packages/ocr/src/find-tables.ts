import type { Box } from './gray-image.ts';

/** A ruling line: horizontal (`y` its centre, `[from, to)` in x) or vertical (`x` its centre, `[from, to)` in y). */
export interface Rule {
  readonly at: number;
  readonly from: number;
  readonly to: number;
}

/** The ruling lines of a page: horizontal and vertical. */
export interface PageRules {
  readonly horizontal: readonly Rule[];
  readonly vertical: readonly Rule[];
}

/** One cell of a ruled table: its rectangle inside the rules and its place on the table's grid. */
export interface TableCell {
  readonly box: Box;
  readonly row: number;
  readonly column: number;
  readonly rowSpan: number;
  readonly columnSpan: number;
}

/** A ruled table: its outline, grid lines and cells, top to bottom and left to right. */
export interface Table {
  readonly box: Box;
  readonly rows: number;
  readonly columns: number;
  readonly cells: readonly TableCell[];
}

/**
 * Long straight ink runs of a binary image in one direction: runs at least `minLength` long (gaps of up to 2 pixels
 * bridged), those on neighbouring scan lines that overlap joined into one rule. Each scan line is read together with
 * the next: a thin rule left a fraction of a degree off level steps from one scan line to its neighbour and back, and
 * on either line alone it is broken into pieces too short to be runs.
 */
export function findRules(ink: Uint8Array, width: number, height: number, vertical: boolean, minLength: number): Rule[] {
  const lines = vertical ? width : height;
  const along = vertical ? height : width;
  const at = vertical ? (i: number, j: number) => ink[j * width + i]! : (i: number, j: number) => ink[i * width + j]!;
  const open: Array<{ sum: number; count: number; last: number; from: number; to: number }> = [];
  const rules: Rule[] = [];
  const close = (r: { sum: number; count: number; from: number; to: number }) => {
    rules.push({ at: r.sum / r.count, from: r.from, to: r.to });
  };
  for (let i = 0; i < lines; i++) {
    const runs: Array<[number, number]> = [];
    let start = -1;
    let gap = 0;
    for (let j = 0; j <= along; j++) {
      const on = j < along && (at(i, j) === 1 || (i + 1 < lines && at(i + 1, j) === 1));
      if (on) {
        if (start < 0) start = j;
        gap = 0;
      } else if (start >= 0 && ++gap > 2) {
        const end = j - gap + 1;
        if (end - start >= minLength) runs.push([start, end]);
        start = -1;
        gap = 0;
      }
    }
    if (start >= 0 && along - start >= minLength) runs.push([start, along]);
    for (const [from, to] of runs) {
      const match = open.find((r) => r.last >= i - 2 && from < r.to && to > r.from);
      if (match) {
        match.sum += i + 0.5;
        match.count++;
        match.last = i;
        match.from = Math.min(match.from, from);
        match.to = Math.max(match.to, to);
      } else open.push({ sum: i + 0.5, count: 1, last: i, from, to });
    }
    for (let k = open.length - 1; k >= 0; k--) {
      if (open[k]!.last < i - 2) close(open.splice(k, 1)[0]!);
    }
  }
  for (const r of open) close(r);
  return rules;
}

/** Values closer than `tolerance` merged into their mean, ascending. */
function clusterPositions(values: number[], tolerance: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const v of sorted) {
    const last = groups.at(-1);
    if (last && v - last.at(-1)! <= tolerance) last.push(v);
    else groups.push([v]);
  }
  return groups.map((g) => g.reduce((s, v) => s + v, 0) / g.length);
}

/** How much of `[from, to)` the rules at position `at` (± tolerance) cover, 0–1. */
function coverage(rules: readonly Rule[], at: number, from: number, to: number, tolerance: number): number {
  const spans = rules
    .filter((r) => Math.abs(r.at - at) <= tolerance && r.to > from && r.from < to)
    .map((r) => [Math.max(from, r.from), Math.min(to, r.to)] as const)
    .sort((a, b) => a[0] - b[0]);
  let covered = 0;
  let reach = from;
  for (const [a, b] of spans) {
    if (b <= reach) continue;
    covered += b - Math.max(a, reach);
    reach = b;
  }
  return to > from ? covered / (to - from) : 0;
}

/** How far, in tolerances, the vertical rules must run past a table's first or last horizontal rule to make a row there. */
const openRowReach = 6;

/** The middle value of a non-empty list. */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * The grid's horizontal lines with a row added above the first rule or below the last where the table runs on
 * over a page break: at least half of the vertical rules that meet that rule, and two or more, run on past it by
 * {@link openRowReach} tolerances or more (a row with no rule of its own on that side), to where they end.
 */
function openEdges(ys: number[], vs: readonly Rule[], tolerance: number): number[] {
  if (ys.length === 0) return ys;
  const reach = openRowReach * tolerance;
  const top = ys[0]!;
  const bottom = ys.at(-1)!;
  const meetingTop = vs.filter((r) => r.from <= top + tolerance && r.to > top + tolerance);
  const above = meetingTop.filter((r) => r.from <= top - reach);
  const meetingBottom = vs.filter((r) => r.to >= bottom - tolerance && r.from < bottom - tolerance);
  const below = meetingBottom.filter((r) => r.to >= bottom + reach);
  const edges = [...ys];
  if (above.length >= 2 && above.length * 2 >= meetingTop.length) edges.unshift(median(above.map((r) => r.from)));
  if (below.length >= 2 && below.length * 2 >= meetingBottom.length) edges.push(median(below.map((r) => r.to)));
  return edges;
}

/**
 * The ruled tables of a page from its horizontal and vertical rules: rules that cross or touch form a table; its
 * grid lines are the rules' positions (and the ends of vertical rules that run on past the first or last horizontal
 * one, where a table is cut by a page break); grid slots not separated by a rule are one (merged) cell.
 */
export function findTables(horizontal: readonly Rule[], vertical: readonly Rule[], tolerance: number): Table[] {
  const all = [...horizontal.map((r) => ({ r, v: false })), ...vertical.map((r) => ({ r, v: true }))];
  const parent = all.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  all.forEach((a, i) => {
    if (a.v) return;
    all.forEach((b, j) => {
      if (!b.v) return;
      if (b.r.at >= a.r.from - tolerance && b.r.at <= a.r.to + tolerance && a.r.at >= b.r.from - tolerance && a.r.at <= b.r.to + tolerance) {
        parent[find(i)] = find(j);
      }
    });
  });
  const groups = new Map<number, typeof all>();
  all.forEach((a, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), a]);
  });
  const tables: Table[] = [];
  for (const group of groups.values()) {
    const hs = group.filter((g) => !g.v).map((g) => g.r);
    const vs = group.filter((g) => g.v).map((g) => g.r);
    if (hs.length < 2 || vs.length < 2) continue;
    const ys = openEdges(clusterPositions(hs.map((r) => r.at), tolerance), vs, tolerance);
    const xs = clusterPositions(vs.map((r) => r.at), tolerance);
    if (ys.length < 2 || xs.length < 2) continue;
    const rows = ys.length - 1;
    const columns = xs.length - 1;
    const slot = (i: number, j: number) => i * columns + j;
    const owner = Array.from({ length: rows * columns }, (_, k) => k);
    const root = (k: number): number => (owner[k] === k ? k : (owner[k] = root(owner[k]!)));
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < columns; j++) {
        if (j + 1 < columns && coverage(vs, xs[j + 1]!, ys[i]!, ys[i + 1]!, tolerance) < 0.5) owner[root(slot(i, j + 1))] = root(slot(i, j));
        if (i + 1 < rows && coverage(hs, ys[i + 1]!, xs[j]!, xs[j + 1]!, tolerance) < 0.5) owner[root(slot(i + 1, j))] = root(slot(i, j));
      }
    }
    const cells = new Map<number, { i0: number; j0: number; i1: number; j1: number }>();
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < columns; j++) {
        const k = root(slot(i, j));
        const c = cells.get(k);
        if (c) {
          c.i0 = Math.min(c.i0, i);
          c.j0 = Math.min(c.j0, j);
          c.i1 = Math.max(c.i1, i);
          c.j1 = Math.max(c.j1, j);
        } else cells.set(k, { i0: i, j0: j, i1: i, j1: j });
      }
    }
    const list = [...cells.values()]
      .sort((a, b) => a.i0 - b.i0 || a.j0 - b.j0)
      .map((c) => ({
        box: { x0: Math.round(xs[c.j0]!), y0: Math.round(ys[c.i0]!), x1: Math.round(xs[c.j1 + 1]!), y1: Math.round(ys[c.i1 + 1]!) },
        row: c.i0,
        column: c.j0,
        rowSpan: c.i1 - c.i0 + 1,
        columnSpan: c.j1 - c.j0 + 1,
      }));
    tables.push({
      box: { x0: Math.round(xs[0]!), y0: Math.round(ys[0]!), x1: Math.round(xs.at(-1)!), y1: Math.round(ys.at(-1)!) },
      rows,
      columns,
      cells: list,
    });
  }
  return tables.sort((a, b) => a.box.y0 - b.box.y0);
}

/** How far apart, in pixels at `dpi`, two rules or a rule and a cell's ink may stand and still meet (0.025 inch). */
export function ruleTolerance(dpi: number): number {
  return Math.max(3, Math.round(dpi / 40));
}

/** The ruling lines of an ink mask: horizontal ones at least 0.3 inch long, vertical ones at least 0.15 inch. */
export function findPageRules(ink: Uint8Array, width: number, height: number, dpi: number): PageRules {
  return {
    horizontal: findRules(ink, width, height, false, Math.round(dpi * 0.3)),
    vertical: findRules(ink, width, height, true, Math.round(dpi * 0.15)),
  };
}
