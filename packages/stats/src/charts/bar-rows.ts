import { escapeXml, formatNumber, chooseTicks, wrapSvgDocument, textWidth } from './svg-document.ts';

/** One horizontal bar: label on the left, value text after the bar; a `null` value is drawn as "无数据". */
export interface BarRow {
  readonly label: string;
  readonly value: number | null;
  readonly text?: string;
  readonly color?: string;
}

/** Horizontal bars on a shared axis from 0: the layout behind the outcome and ranking charts. */
export function drawBarRows(title: string, rows: readonly BarRow[], options: { width?: number; axisFormat?: (v: number) => string } = {}): string {
  const width = options.width ?? 720;
  const fontSize = 13;
  const rowHeight = 28;
  const top = 52;
  const labelWidth = Math.min(260, Math.max(60, ...rows.map((row) => textWidth(row.label, fontSize)))) + 24;
  const valueWidth = Math.max(60, ...rows.map((row) => textWidth(row.text ?? '', 12))) + 16;
  const plotWidth = Math.max(120, width - labelWidth - valueWidth - 16);
  const known = rows.map((row) => row.value).filter((v): v is number => v !== null);
  const ticks = chooseTicks(Math.min(0, ...known), Math.max(0, ...known));
  const lo = ticks[0]!;
  const hi = ticks.at(-1)!;
  const x = (v: number) => labelWidth + ((v - lo) / (hi - lo)) * plotWidth;
  const height = top + rows.length * rowHeight + 40;
  const format = options.axisFormat ?? ((v: number) => formatNumber(v));
  const parts: string[] = [];
  for (const tick of ticks) {
    const tx = x(tick).toFixed(1);
    parts.push(`<line x1="${tx}" y1="${top - 6}" x2="${tx}" y2="${top + rows.length * rowHeight}" stroke="#e3e3e3"/>`);
    parts.push(`<text x="${tx}" y="${top + rows.length * rowHeight + 18}" font-size="11" fill="#666" text-anchor="middle">${escapeXml(format(tick))}</text>`);
  }
  rows.forEach((row, i) => {
    const y = top + i * rowHeight;
    const mid = (y + rowHeight / 2 + 4.5).toFixed(1);
    parts.push(`<text x="${labelWidth - 10}" y="${mid}" font-size="${fontSize}" fill="#222" text-anchor="end">${escapeXml(row.label)}</text>`);
    if (row.value === null) {
      parts.push(`<text x="${x(0).toFixed(1)}" y="${mid}" font-size="12" fill="#999" dx="6">无数据</text>`);
      return;
    }
    const x0 = x(Math.min(0, row.value));
    const x1 = x(Math.max(0, row.value));
    parts.push(`<rect x="${x0.toFixed(1)}" y="${y + 5}" width="${Math.max(0.5, x1 - x0).toFixed(1)}" height="${rowHeight - 10}" fill="${escapeXml(row.color ?? '#4e79a7')}"/>`);
    parts.push(`<text x="${(x1 + 6).toFixed(1)}" y="${mid}" font-size="12" fill="#333">${escapeXml(row.text ?? format(row.value))}</text>`);
  });
  parts.push(`<line x1="${x(0).toFixed(1)}" y1="${top - 6}" x2="${x(0).toFixed(1)}" y2="${top + rows.length * rowHeight}" stroke="#888"/>`);
  return wrapSvgDocument(width, height, title, parts.join('\n'));
}
