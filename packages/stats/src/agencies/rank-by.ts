import type { Report } from '@disclosure/core';
import { identifyReport } from '../aggregate/report-ref.ts';
import type { Aggregate } from '../aggregate/types.ts';
import { computeIndicator, isAggregate, type IndicatorReason } from '../indicators/compute-indicators.ts';

/** One place in a ranking. Ties share a rank (competition ranking: 1, 2, 2, 4). */
export interface RankingEntry {
  readonly rank: number;
  /** The report ID (`identifyReport`) or the aggregate's label. */
  readonly id: string;
  readonly value: number;
}

/** A ranking of reports or aggregates by one indicator, and those that could not be ranked. */
export interface Ranking {
  readonly indicator: string;
  readonly order: 'descending' | 'ascending';
  readonly entries: readonly RankingEntry[];
  readonly unranked: readonly { readonly id: string; readonly reason: IndicatorReason }[];
}

/** Options of `rankBy`. */
export interface RankOptions {
  /** Default `'descending'` (largest first). */
  readonly order?: 'descending' | 'ascending' | undefined;
  /** Keep the first `limit` entries. Default: all. */
  readonly limit?: number | undefined;
  /** How a report is named. Default `identifyReport`. */
  readonly id?: ((report: Report, index: number) => string) | undefined;
}

/** Ranks reports or aggregates by an indicator; those with a `null` value are listed apart with the reason. */
export function rankBy(sources: Iterable<Report | Aggregate>, indicator: string, options: RankOptions = {}): Ranking {
  const order = options.order ?? 'descending';
  const name = options.id ?? identifyReport;
  const values: { id: string; value: number }[] = [];
  const unranked: { id: string; reason: IndicatorReason }[] = [];
  let index = 0;
  for (const source of sources) {
    const id = isAggregate(source) ? source.label : name(source, index);
    index++;
    const result = computeIndicator(source, indicator);
    if (result.value === null) unranked.push({ id, reason: result.reason! });
    else values.push({ id, value: result.value });
  }
  values.sort((a, b) => (order === 'descending' ? b.value - a.value : a.value - b.value) || a.id.localeCompare(b.id, 'zh-CN'));
  const entries: RankingEntry[] = [];
  values.forEach((entry, i) => {
    const previous = entries[i - 1];
    entries.push({ rank: previous && previous.value === entry.value ? previous.rank : i + 1, ...entry });
  });
  return { indicator, order, entries: options.limit === undefined ? entries : entries.slice(0, options.limit), unranked };
}
