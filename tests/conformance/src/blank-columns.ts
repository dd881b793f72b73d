import { applicantColumns, listCellEntries, setCell, type Report } from '@disclosure/core';

/** Table 3's five 法人或其他组织 columns: the ones a web page often leaves blank in every row. */
export const legalPersonColumns: readonly string[] = applicantColumns
  .map((column) => column.key)
  .filter((key) => key !== 'naturalPerson' && key !== 'total');

/** A copy of the report with the given columns of table 3 printed blank in every row (cells `null`, no placeholder). */
export function withBlankColumns(report: Report, columns: readonly string[]): Report {
  const copy = structuredClone(report);
  for (const entry of listCellEntries(copy)) {
    if (entry.table.key === 'applications' && columns.includes(entry.column.key)) setCell(copy, entry.path, null);
  }
  return copy;
}
