import { checkReports, type Report } from '@disclosure/core';
import type { Aggregate } from '../aggregate/types.ts';
import { computeIndicators, isAggregate } from '../indicators/compute-indicators.ts';
import { drawBarRows } from './bar-rows.ts';
import { formatNumber } from './svg-document.ts';

/** Options of `toOutcomeChart`. */
export interface OutcomeChartOptions {
  /** Chart title. Default: `<agency> <year>` (or the aggregate's key and report count) `申请办理结果`. */
  readonly title?: string | undefined;
  /** Width in pixels. Default 720. */
  readonly width?: number | undefined;
}

const outcomes = [
  ['grantedShare', '予以公开', '#59a14f'],
  ['partiallyGrantedShare', '部分公开', '#8cd17d'],
  ['deniedShare', '不予公开', '#e15759'],
  ['unableToProvideShare', '无法提供', '#f28e2b'],
  ['notProcessedShare', '不予处理', '#b07aa1'],
  ['otherHandlingShare', '其他处理', '#9c9c9c'],
] as const;

/**
 * The outcome breakdown of one report or aggregate as an SVG bar chart: each of the six outcomes (予以公开 …
 * 其他处理) as its count and share of `totalProcessed.total`; an outcome that cannot be computed says 无数据.
 */
export function toOutcomeChart(source: Report | Aggregate, options: OutcomeChartOptions = {}): string {
  return isAggregate(source) ? outcomeChart(source, options) : checkReports('toOutcomeChart', [source], () => outcomeChart(source, options));
}

function outcomeChart(source: Report | Aggregate, options: OutcomeChartOptions): string {
  const values = computeIndicators(source, { ids: [...outcomes.map(([id]) => id), 'processed'] });
  const processed = values.at(-1)!.value;
  const name = isAggregate(source)
    ? Object.keys(source.key).length === 0
      ? `${source.reportCount} 份报告合计`
      : `${Object.values(source.key).join(' ')}（${source.reportCount} 份报告合计）`
    : `${source.meta.agency ?? source.meta.region ?? ''} ${source.meta.year ?? ''}`.trim();
  const title = options.title ?? `${name} 申请办理结果（共办结 ${processed === null ? '—' : formatNumber(processed, 0)} 件）`;
  const rows = outcomes.map(([, label, color], i) => {
    const value = values[i]!;
    return {
      label,
      color,
      value: value.value === null ? null : value.value * 100,
      text: value.value === null ? '无数据' : `${formatNumber(value.numerator!, 2)} 件 · ${formatNumber(value.value * 100, 1)}%`,
    };
  });
  return drawBarRows(title, rows, { width: options.width ?? 720, axisFormat: (v) => `${formatNumber(v, 1)}%` });
}
