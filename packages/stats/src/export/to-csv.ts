import { recordColumns, type TidyRecord } from './tidy-records.ts';

/** Options of `toCsv`. */
export interface CsvOptions {
  /** Start with a UTF-8 byte order mark so Excel reads the Chinese correctly. Default `true`; `false` for plain UTF-8. */
  readonly bom?: boolean | undefined;
}

/** First characters that make a spreadsheet read a cell as a formula (OWASP's list: = + - @ tab CR). */
const formulaStart = /^[=+\-@\t\r]/u;

function field(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  // OWASP CSV injection: a leading ' makes the cell text, and the cell is quoted so the ' is not taken for a delimiter.
  const formula = formulaStart.test(value);
  const text = formula ? `'${value}` : value;
  return formula || /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * One CSV line (RFC 4180 quoting, no line ending) for a record. Text that a spreadsheet would run as a formula
 * (starting with `=`, `+`, `-`, `@`, tab or CR) is written quoted after a `'`, as OWASP recommends; numbers as they are.
 */
export function toCsvLine(record: TidyRecord): string {
  return recordColumns.map((column) => field(record[column])).join(',');
}

/**
 * Records as CSV (RFC 4180: a header row, CRLF line endings, quotes only where needed, blank = empty field),
 * UTF-8 with a BOM by default. Text cells that would run as a formula are neutralised (see `toCsvLine`).
 */
export function toCsv(records: Iterable<TidyRecord>, options: CsvOptions = {}): string {
  const lines = [recordColumns.join(',')];
  for (const record of records) lines.push(toCsvLine(record));
  return `${options.bom === false ? '' : '\uFEFF'}${lines.join('\r\n')}\r\n`;
}
