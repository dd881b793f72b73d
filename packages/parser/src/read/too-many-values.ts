import { describeCell, type CellPath, type Diagnostic, type Place } from '@disclosure/core/lite';
import type { Token } from './tokens.ts';

/**
 * Values (figures, placeholders and the empty cells of a grid) one table's stretch of the document may hold before
 * it is no longer read as that table: 20,000. A table has at most 200 cells, and the most any visible or derived
 * document holds in one table's stretch is 231 (a document read whole, for want of its headings, a few thousand);
 * a stretch with tens of thousands is no table, and reading each of them against the rows costs time and memory.
 */
export const maxTableValues = 20_000;

/** How many of a line's tokens count against {@link maxTableValues}: its values, empty grid cells included. */
export function countValues(tokens: readonly Token[]): number {
  let count = 0;
  for (const token of tokens) if (token.kind === 'value') count++;
  return count;
}

/**
 * The note for a table left unread because its stretch holds more than {@link maxTableValues} values: it names
 * every cell of the table (`paths`, the first giving the table) and stands at the line past the limit.
 */
export function tooManyValuesNote(paths: readonly CellPath[], place: Place | undefined): Diagnostic {
  const table = paths[0]!.split('.')[0]!;
  return {
    rule: 'parser/table-too-large',
    severity: 'warning',
    status: 'fail',
    message: `${describeCell(table, 'zh')}所在的部分有超过 ${maxTableValues} 个数值，不像一张表格，未读取`,
    messageEn: `The stretch where ${describeCell(table, 'en')} stands holds more than ${maxTableValues} values; it is no table and was not read`,
    paths: [...paths],
    ...(place ? { place } : {}),
  };
}
