import type { Field, FieldPart, Line } from '../layout/layout.ts';

/**
 * How many lines under the start of a header label on a page the rest of it, wrapped in its narrow cell, may stand:
 * a label centred in a taller cell (table 4's `总计`) and the upper halves of the next cells' labels may print between.
 */
const wrapReach = 4;

/** Whether two extents on a page overlap. */
export function overlaps(a: readonly [number, number], b: readonly [number, number]): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

/** A page field's parts (`Field.parts`), or the field itself where it has none. */
export function partsOf(field: Field): ReadonlyArray<FieldPart | Field> {
  return field.parts ?? [field];
}

/**
 * The first field, or part of one, that stands under `x` on the lines after line `index` (up to `wrapReach`): where
 * the rest of a label begun at `x` prints when its narrow cell wraps it (`结果` over `维持`, `社会公` over `益组` over `织`).
 */
export function textUnder(lines: readonly Line[], index: number, x: readonly [number, number]): FieldPart | Field | undefined {
  for (const below of lines.slice(index + 1, index + 1 + wrapReach)) {
    for (const field of below.fields) {
      for (const part of partsOf(field)) if (part.x && overlaps(part.x, x)) return part;
    }
  }
  return undefined;
}
