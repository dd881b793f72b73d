import { checkReports, type Report } from '@disclosure/core';
import { canonicalIndex } from '../cells/canonical-cells.ts';
import { getLayout, readCanonicalValues } from '../cells/report-layout.ts';
import { indicatorCatalogue } from '../indicators/catalogue.ts';
import { computeIndicator } from '../indicators/compute-indicators.ts';
import { escapeXml, formatNumber, chooseTicks, wrapSvgDocument } from './svg-document.ts';

/** Options of `toSeriesChart`. */
export interface SeriesChartOptions {
  /** Chart title. Default: the agency, then the indicator's or cell's Chinese name. */
  readonly title?: string | undefined;
  /** Width in pixels. Default 720. */
  readonly width?: number | undefined;
  /** Height in pixels. Default 360. */
  readonly height?: number | undefined;
}

const scratch = new Float64Array(canonicalIndex.size);

function readValue(report: Report, key: string): number | null {
  if (indicatorCatalogue.some((entry) => entry.id === key)) return computeIndicator(report, key).value;
  const cell = canonicalIndex.get(key);
  if (!cell) throw new TypeError(`"${key}" is neither an indicator ID nor a cell path`);
  const layout = getLayout(report);
  if (layout.present[cell.index] !== 1) return null;
  const value = readCanonicalValues(report, layout, scratch)[cell.index]!;
  return value === value ? value : null;
}

/**
 * One indicator (by ID) or one cell (by path) over the years of a series of reports, as an SVG line chart with
 * a point and its value per year; a year whose value is unknown breaks the line and is marked 无数据.
 */
export function toSeriesChart(reports: Iterable<Report>, key: string, options: SeriesChartOptions = {}): string {
  const list = [...reports];
  return checkReports('toSeriesChart', list, () => seriesChart(list, key, options));
}

function seriesChart(reports: readonly Report[], key: string, options: SeriesChartOptions): string {
  const points = reports
    .filter((report) => report.meta.year !== null)
    .map((report) => ({ year: report.meta.year!, value: readValue(report, key) }))
    .sort((a, b) => a.year - b.year);
  const entry = indicatorCatalogue.find((item) => item.id === key);
  const percent = entry?.unit === 'share';
  const show = (v: number) => (percent ? `${formatNumber(v * 100, 1)}%` : formatNumber(v));
  const first = reports[0];
  const name = entry?.zh ?? canonicalIndex.get(key)?.zh ?? key;
  const title = options.title ?? `${first?.meta.agency ?? ''} ${name}`.trim();
  const width = options.width ?? 720;
  const height = options.height ?? 360;
  const left = 72;
  const right = 32;
  const top = 56;
  const bottom = 48;
  const known = points.map((p) => p.value).filter((v): v is number => v !== null);
  const ticks = chooseTicks(Math.min(0, ...known), Math.max(0, ...known));
  const lo = ticks[0]!;
  const hi = ticks.at(-1)!;
  const years = points.map((p) => p.year);
  const minYear = Math.min(...years);
  const maxYear = Math.max(...years);
  // half a year of margin on each side, so the first and last points sit clear of the axes
  const x = (year: number) => left + ((year - minYear + 0.5) / (maxYear - minYear + 1)) * (width - left - right);
  const y = (v: number) => top + (1 - (v - lo) / (hi - lo)) * (height - top - bottom);
  const parts: string[] = [];
  for (const tick of ticks) {
    const ty = y(tick).toFixed(1);
    parts.push(`<line x1="${left}" y1="${ty}" x2="${width - right}" y2="${ty}" stroke="#e3e3e3"/>`);
    parts.push(`<text x="${left - 8}" y="${(y(tick) + 4).toFixed(1)}" font-size="11" fill="#666" text-anchor="end">${escapeXml(show(tick))}</text>`);
  }
  for (let year = minYear; year <= maxYear && points.length > 0; year++) {
    parts.push(`<text x="${x(year).toFixed(1)}" y="${height - bottom + 20}" font-size="12" fill="#444" text-anchor="middle">${year}</text>`);
  }
  let path = '';
  let previousYear: number | null = null;
  for (const point of points) {
    if (point.value === null) {
      previousYear = null;
      continue;
    }
    const command = previousYear !== null && point.year === previousYear + 1 ? 'L' : 'M';
    path += `${command}${x(point.year).toFixed(1)},${y(point.value).toFixed(1)} `;
    previousYear = point.year;
  }
  if (path) parts.push(`<path d="${path.trim()}" fill="none" stroke="#4e79a7" stroke-width="2.5"/>`);
  for (const point of points) {
    const px = x(point.year).toFixed(1);
    if (point.value === null) {
      parts.push(`<text x="${px}" y="${(y(lo) - 8).toFixed(1)}" font-size="11" fill="#999" text-anchor="middle">无数据</text>`);
      continue;
    }
    const py = y(point.value);
    parts.push(`<circle cx="${px}" cy="${py.toFixed(1)}" r="4" fill="#4e79a7"/>`);
    parts.push(`<text x="${px}" y="${(py - 10).toFixed(1)}" font-size="12" fill="#222" text-anchor="middle">${escapeXml(show(point.value))}</text>`);
  }
  parts.push(`<line x1="${left}" y1="${y(lo).toFixed(1)}" x2="${width - right}" y2="${y(lo).toFixed(1)}" stroke="#888"/>`);
  return wrapSvgDocument(width, height, title, parts.join('\n'));
}
