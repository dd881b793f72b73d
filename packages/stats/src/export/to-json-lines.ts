import type { TidyRecord } from './tidy-records.ts';

/** Records as JSON Lines: one JSON object per line, `\n`-terminated, UTF-8 without BOM. */
export function toJsonLines(records: Iterable<TidyRecord>): string {
  let out = '';
  for (const record of records) out += `${JSON.stringify(record)}\n`;
  return out;
}
