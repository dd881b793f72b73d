/** Where `pattern` best occurs inside `text`, allowing typos: its edit distance and the end of the match in `text`. */
export interface ApproximateMatch {
  readonly distance: number;
  readonly end: number;
}

let buffers: [Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64)];

/**
 * Sellers' algorithm: the smallest edit distance between `pattern` and any substring of `text`, with the latest
 * end position among the best. Real labels arrive garbled (`其他法律行政止公开`), wrapped or with junk around them,
 * so labels are found by approximate substring match rather than equality.
 */
export function approximateMatch(pattern: string, text: string): ApproximateMatch {
  const m = pattern.length;
  if (m + 1 > buffers[0].length) buffers = [new Int32Array(m + 1), new Int32Array(m + 1)];
  let [column, next] = buffers;
  for (let i = 0; i <= m; i++) column[i] = i;
  let best = m;
  let bestEnd = 0;
  for (let j = 1; j <= text.length; j++) {
    next[0] = 0;
    const t = text.charCodeAt(j - 1);
    for (let i = 1; i <= m; i++) {
      const substitution = column[i - 1]! + (pattern.charCodeAt(i - 1) === t ? 0 : 1);
      next[i] = Math.min(substitution, column[i]! + 1, next[i - 1]! + 1);
    }
    if (next[m]! <= best) {
      best = next[m]!;
      bestEnd = j;
    }
    const previous = column;
    column = next;
    next = previous;
  }
  return { distance: best, end: bestEnd };
}
