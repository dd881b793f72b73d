import { indicatorCatalogue } from '../indicators/catalogue.ts';
import type { Ranking } from '../agencies/rank-by.ts';
import { drawBarRows } from './bar-rows.ts';
import { formatNumber } from './svg-document.ts';

/** Options of `toRankingChart`. */
export interface RankingChartOptions {
  /** Chart title. Default: the indicator's Chinese name and `排名`. */
  readonly title?: string | undefined;
  /** Width in pixels. Default 720. */
  readonly width?: number | undefined;
}

/** A ranking from `rankBy` as an SVG bar chart, one bar per entry in rank order; shares are drawn in %. */
export function toRankingChart(ranking: Ranking, options: RankingChartOptions = {}): string {
  const entry = indicatorCatalogue.find((item) => item.id === ranking.indicator);
  const percent = entry?.unit === 'share';
  const scale = percent ? 100 : 1;
  const rows = ranking.entries.map((item) => ({
    label: `${item.rank}. ${item.id}`,
    value: item.value * scale,
    text: percent ? `${formatNumber(item.value * 100, 1)}%` : formatNumber(item.value),
  }));
  const title = options.title ?? `${entry?.zh ?? ranking.indicator}排名`;
  return drawBarRows(title, rows, { width: options.width ?? 720, axisFormat: (v) => (percent ? `${formatNumber(v, 1)}%` : formatNumber(v)) });
}
