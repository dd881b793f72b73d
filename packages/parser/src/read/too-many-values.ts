import { describeCell, type CellPath, type Diagnostic, type Place } from '@disclosure/core/lite';

/**
 * Runs of values (a row's figures, or figures in a sentence) one table's stretch of the document may hold before
 * it is no longer read as that table: 2,000. A real table prints about 30 (a document read whole, for want of its
 * headings, a few hundred); a stretch with thousands of them is no table, and matching each against the rows
 * would cost time that grows with it.
 */
export const maxTableRuns = 2_000;

/**
 * The note for a table left unread because its stretch holds more than {@link maxTableRuns} runs of values: it names
 * every cell of the table (`paths`, the first giving the table) and stands at the first value past the limit.
 */
export function tooManyValuesNote(paths: readonly CellPath[], place: Place | undefined): Diagnostic {
  const table = paths[0]!.split('.')[0]!;
  return {
    rule: 'parser/table-too-large',
    severity: 'warning',
    status: 'fail',
    message: `${describeCell(table, 'zh')}所在的部分有超过 ${maxTableRuns} 组数值，不像一张表格，未读取`,
    messageEn: `The stretch where ${describeCell(table, 'en')} stands holds more than ${maxTableRuns} runs of values; it is no table and was not read`,
    paths: [...paths],
    ...(place ? { place } : {}),
  };
}
