import { parquetWriteBuffer } from 'hyparquet-writer';
import type { TidyRecord } from './tidy-records.ts';

/**
 * Records as one Parquet file (hyparquet-writer, Snappy-compressed): string columns as UTF-8, `year` INT32,
 * `value` DOUBLE, blanks as nulls. Readable by DuckDB, pandas, polars, Arrow and hyparquet.
 */
export function toParquet(records: Iterable<TidyRecord>): Uint8Array {
  const columns = {
    report: [] as (string | null)[],
    agency: [] as (string | null)[],
    region: [] as (string | null)[],
    level: [] as (string | null)[],
    year: [] as (number | null)[],
    edition: [] as (string | null)[],
    path: [] as (string | null)[],
    label: [] as (string | null)[],
    value: [] as (number | null)[],
    status: [] as (string | null)[],
  };
  for (const record of records) {
    for (const key of Object.keys(columns) as (keyof typeof columns)[]) (columns[key] as unknown[]).push(record[key]);
  }
  const text = (name: keyof typeof columns) => ({ name, data: columns[name], type: 'STRING' as const });
  const buffer = parquetWriteBuffer({
    columnData: [
      text('report'),
      text('agency'),
      text('region'),
      text('level'),
      { name: 'year', data: columns.year, type: 'INT32' },
      text('edition'),
      text('path'),
      text('label'),
      { name: 'value', data: columns.value, type: 'DOUBLE' },
      text('status'),
    ],
    kvMetadata: [{ key: 'producer', value: '@disclosure/stats' }],
  });
  return new Uint8Array(buffer);
}
