import type { Place } from '@disclosure/core/lite';
import type { ValueToken } from './tokens.ts';

/**
 * A page's figure whose digits stand apart in places (`ValueToken.parts`) as the figures of neighbouring narrow cells
 * printed nearly touching (`178` `37`, 0.45 em apart, read as `17837`): one token a part, when `columnOf` puts every
 * part under a column of its own (a part's column, or `undefined` where it stands under none or several). `null`
 * for a figure without parts, or whose parts do not stand so.
 */
export function partedFigure(token: ValueToken, columnOf: (x: readonly [number, number]) => number | undefined): ValueToken[] | null {
  const parts = token.parts;
  if (!parts) return null;
  const columns = parts.map((part) => columnOf(part.x));
  if (columns.some((column) => column === undefined) || new Set(columns).size !== columns.length) return null;
  const place = (x: readonly [number, number]): Place =>
    token.place.kind === 'pdf' ? { ...token.place, bbox: [x[0], token.place.bbox[1], x[1], token.place.bbox[3]] } : token.place;
  return parts.map(({ text, x }) => {
    const { parts: _, ...whole } = token;
    return { ...whole, value: Number(text), printed: text, x, place: place(x) };
  });
}
