import { outcomeColumns, reviewAndLitigationTable, type Diagnostic } from '@disclosure/core';
import type { Line } from '../layout/layout.ts';
import { normalizeLabel } from './normalize.ts';
import { tokenizeLine, type ValueToken } from './tokens.ts';

/** The 15 cells of table 4 in printed order, as their paths inside the table. */
export const reviewPaths: readonly string[] = reviewAndLitigationTable.rows.flatMap((row) =>
  outcomeColumns.map((column) => `${row.path}.${column.key}`),
);

const outcomeLabels = new Set(outcomeColumns.map((column) => normalizeLabel(column.zh)));

/** What was read of table 4: a token per cell in `reviewPaths` order (`null`: not printed), and notes. */
export interface ReviewReading {
  readonly cells: readonly (ValueToken | null)[];
  readonly notes: readonly Diagnostic[];
}

/** Grid columns of the 15 outcome headers, from every header line (the two header levels together). */
function headerPositions(lines: readonly Line[]): number[] {
  const columns = new Set<number>();
  for (const line of lines) {
    for (const field of line.fields) {
      if (field.column !== undefined && outcomeLabels.has(normalizeLabel(field.text))) columns.add(field.column);
    }
  }
  return [...columns].sort((a, b) => a - b);
}

const groupLabels = ['行政复议', '未经复议直接起诉', '复议后起诉'].map(normalizeLabel);

/**
 * Values under the three group headers of a page (PDF): each value goes to the group whose header stands nearest
 * above it. A group with five values gets them in order, a group with none is blank; anything else is not placed.
 */
function placeByGroupHeaders(lines: readonly Line[], values: readonly ValueToken[]): (ValueToken | null)[] | null {
  const found = groupLabels.map((label) => {
    const field = lines.flatMap((line) => line.fields).find((f) => f.x && normalizeLabel(f.text) === label);
    return field?.x ? (field.x[0] + field.x[1]) / 2 : null;
  });
  if (found.some((centre) => centre === null) || values.some((token) => !token.x)) return null;
  const centres = found as number[];
  const groups: ValueToken[][] = [[], [], []];
  for (const token of values) {
    const middle = (token.x![0] + token.x![1]) / 2;
    const nearest = centres.reduce((best, centre, i) => (Math.abs(centre - middle) < Math.abs(centres[best]! - middle) ? i : best), 0);
    groups[nearest]!.push(token);
  }
  if (groups.some((group) => group.length !== 0 && group.length !== 5)) return null;
  return groups.flatMap((group) => (group.length === 5 ? group : [null, null, null, null, null]));
}

/**
 * Table 4: one data row of 15 numbers (three groups of five), printed as one row, three small tables, or a
 * run of space-separated numbers. When fewer than 15 values are printed, they are placed under the header's
 * grid columns; if the header does not fix them, the row is reported as ambiguous and left unread.
 */
export function readReview(lines: readonly Line[]): ReviewReading {
  const notes: Diagnostic[] = [];
  const values: ValueToken[] = [];
  const dataLines: ValueToken[][] = [];
  lines.forEach((line, index) => {
    const tokens = tokenizeLine(line, index).filter((token): token is ValueToken => token.kind === 'value');
    if (tokens.some((token) => token.printed !== '')) {
      dataLines.push(tokens);
      values.push(...tokens.filter((token) => token.printed !== ''));
    }
  });
  const none = reviewPaths.map(() => null);
  if (values.length === 15) return { cells: values, notes };
  if (values.length === 0) return { cells: none, notes };
  const positions = headerPositions(lines);
  const row = dataLines.length === 1 ? dataLines[0]! : null;
  if (positions.length === 15 && row && row.every((token) => token.column !== undefined)) {
    const cells = positions.map((position) => row.find((token) => token.column === position) ?? null);
    for (const extra of row.filter((token) => token.printed !== '' && !positions.includes(token.column!))) {
      notes.push({
        rule: 'parser/extra-value',
        severity: 'warning',
        status: 'fail',
        message: `表四数据行第 ${extra.column! + 1} 栏的“${extra.printed}”不在任何表头之下，已忽略`,
        messageEn: `Table 4's data row has “${extra.printed}” in field ${extra.column! + 1}, under no header column; ignored`,
        paths: [],
        place: extra.place,
      });
    }
    return { cells, notes };
  }
  const byGroup = placeByGroupHeaders(lines, values);
  if (byGroup) return { cells: byGroup, notes };
  notes.push({
    rule: 'parser/ambiguous-row',
    severity: 'warning',
    status: 'fail',
    message: `表四印有 ${values.length} 个数值而非 15 个，无法确定其所在栏目，未读取`,
    messageEn: `Table 4 prints ${values.length} values instead of 15 and their columns cannot be determined; left unread`,
    paths: reviewPaths.map((path) => `reviewAndLitigation.${path}`),
    place: values[0]!.place,
  });
  return { cells: none, notes };
}
