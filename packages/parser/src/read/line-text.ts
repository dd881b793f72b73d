import type { Field, Line } from '../layout/layout.ts';

/**
 * A line's text, its fields joined by tabs: offsets into it name places inside the line. Joined at each call, not
 * remembered: a reader asks for a line's text a few times at most (`readLayout` joins each line once for the
 * readers of whole lines), and joining again measured cheaper than a weak map's lookup and entry per line.
 */
export function lineText(line: Line): string {
  const fields = line.fields;
  // Most lines of prose are one field: its text is the line's, with no join.
  if (fields.length === 1) return fields[0]!.text;
  return fields.map((field) => field.text).join('\t');
}

/** The part of a line between two offsets of its `lineText`, fields cut where the offsets fall inside them. */
export function sliceLine(line: Line, start: number, end = Number.POSITIVE_INFINITY): Line | null {
  const fields: Field[] = [];
  let offset = 0;
  for (const field of line.fields) {
    const from = offset;
    const to = offset + field.text.length;
    offset = to + 1;
    if (to <= start || from >= end) continue;
    const cutStart = Math.max(0, start - from);
    const cutEnd = Math.min(field.text.length, end - from);
    if (cutStart === 0 && cutEnd === field.text.length) {
      fields.push(field);
      continue;
    }
    const text = field.text.slice(cutStart, cutEnd);
    const place = field.place.kind === 'text' ? { ...field.place, column: field.place.column + cutStart } : field.place;
    fields.push({ ...field, text, place });
  }
  if (fields.length === 0) return null;
  return { ...line, fields, place: fields[0]!.place };
}
