/** Escapes text for SVG/XML content and attribute values (`& < > " '`), and drops control characters XML forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

/** The font stack: CJK fonts first, so Chinese labels render wherever one is installed. */
export const fontFamily = "'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei','Noto Serif CJK SC',sans-serif";

/** Rough rendered width of `text`: CJK and full-width characters 1 em, others 0.6 em. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += /[\u2E80-\uFFEF]/u.test(char) ? 1 : 0.6;
  return em * fontSize;
}

/** A number with at most `digits` decimals, without trailing zeros. */
export function formatNumber(value: number, digits = 2): string {
  return Number(value.toFixed(digits)).toLocaleString('en-US', { maximumFractionDigits: digits });
}

/** A complete standalone SVG document with a white background, a title and `body`. */
export function wrapSvgDocument(width: number, height: number, title: string, body: string): string {
  const w = Math.round(width);
  const h = Math.round(height);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="${escapeXml(fontFamily)}" role="img">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${w}" height="${h}" fill="#ffffff"/>`,
    `<text x="16" y="28" font-size="16" font-weight="bold" fill="#222">${escapeXml(title)}</text>`,
    body,
    '</svg>',
    '',
  ].join('\n');
}

/** Up to about `count` round tick values from 0 (or `min`) to at least `max`. */
export function chooseTicks(min: number, max: number, count = 5): number[] {
  if (max <= min) max = min + 1;
  const raw = (max - min) / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude);
  const ticks: number[] = [];
  for (let t = Math.floor(min / step) * step; t < max + step / 2; t += step) ticks.push(Number(t.toPrecision(12)));
  if (ticks.at(-1)! < max) ticks.push(Number((ticks.at(-1)! + step).toPrecision(12)));
  return ticks;
}
