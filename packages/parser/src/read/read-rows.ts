import type { Diagnostic } from '@disclosure/core';
import type { Line } from '../layout/layout.ts';
import { matchRow } from './match-row.ts';
import { normalizeText } from './normalize.ts';
import { placeValues, type HeaderColumns } from './placement.ts';
import type { RowTarget } from './row-catalogue.ts';
import { learnColumns, placeByLearnedColumns } from './learned-columns.ts';
import { tokenizeLine, type ValueToken } from './tokens.ts';

/** What was read for one row: a value token per column (`null` where the cell is absent), or digit-run readings. */
export type RowReading =
  | { readonly kind: 'cells'; readonly cells: readonly (ValueToken | null)[]; readonly extra: readonly ValueToken[] }
  | { readonly kind: 'run'; readonly token: ValueToken; readonly candidates: readonly number[][] }
  | { readonly kind: 'ambiguous'; readonly tokens: readonly ValueToken[] };

/** One recognised row. */
export interface ReadRow {
  readonly target: RowTarget;
  readonly reading: RowReading;
  readonly label: string;
  readonly distance: number;
}

/** Reader notes about rows: how each was found, what was odd. */
export interface ReadRowsResult {
  readonly rows: readonly ReadRow[];
  readonly notes: readonly Diagnostic[];
}

function groupRuns(line: Line, index: number): Array<{ text: string; values: ValueToken[] }> {
  const groups: Array<{ text: string; values: ValueToken[] }> = [];
  let text = '';
  let values: ValueToken[] = [];
  for (const token of tokenizeLine(line, index)) {
    if (token.kind === 'text') {
      if (values.length > 0) {
        groups.push({ text, values });
        text = '';
        values = [];
      }
      text += token.text;
    } else values.push(token);
  }
  groups.push({ text, values });
  return groups;
}

/**
 * Reads a table printed as rows of label and values, in any of the shapes real reports have: one row per line,
 * labels wrapped over lines with the values on another, a whole table run into one line. Each run of values is
 * given to the row whose label best ends the label text before it (see `matchRow`).
 */
export function readRows(
  lines: readonly Line[],
  targets: readonly RowTarget[],
  header: HeaderColumns,
  split: (digits: string, target: RowTarget) => number[][],
): ReadRowsResult {
  const rows: ReadRow[] = [];
  const notes: Diagnostic[] = [];
  const open = new Set(targets);
  let pending = '';
  let next = 0;
  lines.forEach((line, index) => {
    for (const { text, values } of groupRuns(line, index)) {
      pending += normalizeText(text);
      if (values.every((token) => token.printed === '')) continue;
      const match = matchRow(pending, [...open], next);
      // A run of placeholders only (`/`, `—`) is a row only when it fits one: empty tables that some extractions
      // print (`| - | - |` under a header) must not use up a row of the format.
      if (values.every((token) => token.value === null)) {
        const fits = match && readingOf(values, match.target, header, split).kind === 'cells';
        if (!match || !fits) {
          pending = '';
          continue;
        }
      }
      if (!match) {
        if (pending.length > 0 || values.length > 0) {
          const first = values.find((token) => token.printed !== '');
          notes.push({
            rule: 'parser/unlabelled-values',
            severity: 'info',
            status: 'fail',
            message: `“${pending.slice(-30)}”后的数值未能对应到表格行，已忽略：${values.map((v) => v.printed).join(' ')}`,
            messageEn: `Values after “${pending.slice(-30)}” match no table row and were ignored: ${values.map((v) => v.printed).join(' ')}`,
            paths: [],
            ...(first ? { place: first.place } : {}),
          });
        }
        pending = '';
        continue;
      }
      pending = '';
      const { target } = match;
      open.delete(target);
      if (target.path === 'otherHandling') for (const t of open) if (t.path.startsWith('otherHandling.')) open.delete(t);
      if (target.path.startsWith('otherHandling.')) for (const t of open) if (t.path === 'otherHandling') open.delete(t);
      next = target.order + 1;
      const reading = readingOf(values, target, header, split);
      if (reading.kind === 'cells') for (const extra of reading.extra) notes.push(extraValueNote(extra));
      rows.push({ target, reading, label: match.label, distance: match.distance });
    }
  });
  return { rows: placeIncompleteRows(rows), notes };
}

/** Rows that print fewer values than columns, read by where their values stand, learned from the complete rows. */
function placeIncompleteRows(rows: ReadRow[]): ReadRow[] {
  const learned = learnColumns(
    rows.flatMap((row) => (row.reading.kind === 'cells' ? [{ columns: row.target.columns, cells: row.reading.cells }] : [])),
  );
  return rows.map((row) => {
    if (row.reading.kind !== 'ambiguous' || row.reading.tokens.length === 0) return row;
    const centres = learned.get(row.target.columns);
    const cells = centres ? placeByLearnedColumns(row.reading.tokens, centres) : null;
    return cells ? { ...row, reading: { kind: 'cells', cells, extra: [] } } : row;
  });
}

function readingOf(
  values: readonly ValueToken[],
  target: RowTarget,
  header: HeaderColumns,
  split: (digits: string, target: RowTarget) => number[][],
): RowReading {
  const placement = placeValues(values, target.columns, header);
  if (placement.kind === 'placed') return { kind: 'cells', cells: placement.cells, extra: placement.extra };
  const printed = values.filter((token) => token.printed !== '');
  if (printed.length === 1 && printed[0]!.run) {
    return { kind: 'run', token: printed[0]!, candidates: split(printed[0]!.printed, target) };
  }
  return { kind: 'ambiguous', tokens: printed };
}

function extraValueNote(token: ValueToken): Diagnostic {
  return {
    rule: 'parser/extra-value',
    severity: 'warning',
    status: 'fail',
    message: `“${token.printed}”不在任何表头之下，已忽略`,
    messageEn: `“${token.printed}” stands under no header column; ignored`,
    paths: [],
    place: token.place,
  };
}
