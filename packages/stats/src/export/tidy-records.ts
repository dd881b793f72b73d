import type { Report } from '@disclosure/core';
import { identifyReport } from '../aggregate/report-ref.ts';
import type { Aggregate } from '../aggregate/types.ts';
import { canonicalCells, canonicalIndex } from '../cells/canonical-cells.ts';
import { getLayout, readCanonicalValues } from '../cells/report-layout.ts';
import { isAggregate } from '../indicators/compute-indicators.ts';
import { isAsyncIterable } from '../input/is-async-iterable.ts';

/**
 * One cell of one report (or aggregate) as a row of a long table. `status`: `printed` (a number), `blank`
 * (`null` as printed); for an aggregate `complete` (every report contributed), `partial`, or `blank` (none did).
 */
export interface TidyRecord {
  /** The report ID (`identifyReport`) or the aggregate's label. */
  readonly report: string;
  readonly agency: string | null;
  readonly region: string | null;
  readonly level: string | null;
  readonly year: number | null;
  /** `2019`, `2021`, or for an aggregate of both `2019+2021`. */
  readonly edition: string;
  readonly path: string;
  /** The cell's Chinese label: group · row · column. */
  readonly label: string;
  readonly value: number | null;
  readonly status: 'printed' | 'blank' | 'complete' | 'partial';
}

/** Options of `toRecords`. */
export interface RecordOptions {
  /** How a report is named in `report`. Default `identifyReport`: `<agency> <year>`. */
  readonly id?: ((report: Report, index: number) => string) | undefined;
}

const scratch = new Float64Array(canonicalCells.length);

function* listReportRecords(report: Report, id: string): Generator<TidyRecord> {
  const layout = getLayout(report);
  readCanonicalValues(report, layout, scratch);
  const { agency, region, year } = report.meta;
  const level = report.meta.level ?? null;
  for (const cell of canonicalCells) {
    // the （六） row summed from sub-rows is not printed, and would count those applications twice
    if (layout.present[cell.index] !== 1 || layout.derived[cell.index] === 1) continue;
    const value = scratch[cell.index]!;
    const known = value === value;
    yield { report: id, agency, region, level, year, edition: report.edition, path: cell.path, label: cell.zh, value: known ? value : null, status: known ? 'printed' : 'blank' };
  }
}

function* listAggregateRecords(source: Aggregate): Generator<TidyRecord> {
  const key = source.key;
  const text = (name: string) => (typeof key[name] === 'string' ? (key[name] as string) : null);
  const year = typeof key['year'] === 'number' ? key['year'] : null;
  const edition = Object.keys(source.editions).sort().join('+');
  for (const cell of Object.values(source.cells)) {
    const status = cell.contributors === 0 ? 'blank' : cell.contributors === source.reportCount ? 'complete' : 'partial';
    yield {
      report: source.label,
      agency: text('agency'),
      region: text('region'),
      level: text('level'),
      year,
      edition,
      path: cell.path,
      label: canonicalIndex.get(cell.path)!.zh,
      value: cell.value,
      status,
    };
  }
}

function* listRecords(source: Report | Aggregate, index: number, options: RecordOptions): Generator<TidyRecord> {
  if (isAggregate(source)) yield* listAggregateRecords(source);
  else yield* listReportRecords(source, (options.id ?? identifyReport)(source, index));
}

function* iterateSync(sources: Iterable<Report | Aggregate>, options: RecordOptions): Generator<TidyRecord> {
  let index = 0;
  for (const source of sources) yield* listRecords(source, index++, options);
}

async function* iterateAsync(sources: AsyncIterable<Report | Aggregate>, options: RecordOptions): AsyncGenerator<TidyRecord> {
  let index = 0;
  for await (const source of sources) yield* listRecords(source, index++, options);
}

/**
 * Reports or aggregates as tidy long records, one per cell in printed order (a report's printed cells; an
 * aggregate's comparable cells). Lazy: a generator, or an async generator over an async iterable.
 */
export function toRecords(sources: Iterable<Report | Aggregate>, options?: RecordOptions): Generator<TidyRecord>;
export function toRecords(sources: AsyncIterable<Report | Aggregate>, options?: RecordOptions): AsyncGenerator<TidyRecord>;
export function toRecords(
  sources: Iterable<Report | Aggregate> | AsyncIterable<Report | Aggregate>,
  options: RecordOptions = {},
): Generator<TidyRecord> | AsyncGenerator<TidyRecord> {
  return isAsyncIterable(sources) ? iterateAsync(sources, options) : iterateSync(sources, options);
}

/** The record fields in column order, as the CSV and Parquet exports write them. */
export const recordColumns = ['report', 'agency', 'region', 'level', 'year', 'edition', 'path', 'label', 'value', 'status'] as const;
