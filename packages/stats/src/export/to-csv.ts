import { recordColumns, type TidyRecord } from './tidy-records.ts';

/** Options of `toCsv`. */
export interface CsvOptions {
  /** Start with a UTF-8 byte order mark so Excel reads the Chinese correctly. Default `true`; `false` for plain UTF-8. */
  readonly bom?: boolean | undefined;
}

function field(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV line (RFC 4180 quoting, no line ending) for a record. */
export function toCsvLine(record: TidyRecord): string {
  return recordColumns.map((column) => field(record[column])).join(',');
}

/**
 * Records as CSV (RFC 4180: a header row, CRLF line endings, quotes only where needed, blank = empty field),
 * UTF-8 with a BOM by default.
 */
export function toCsv(records: Iterable<TidyRecord>, options: CsvOptions = {}): string {
  const lines = [recordColumns.join(',')];
  for (const record of records) lines.push(toCsvLine(record));
  return `${options.bom === false ? '' : '\uFEFF'}${lines.join('\r\n')}\r\n`;
}
