/**
 * A field's text with full-width digits and the full-width signs of a figure (`０`–`９`, `．`, `－`, `＋`) as their ASCII
 * forms, one character for one, so places in the text stay where they were: a figure typed with a Chinese input
 * method (`７２`) is the same figure as `72`. The same string when it holds none (most fields), without a copy.
 */
export function foldDigits(text: string): string {
  let at = 0;
  while (at < text.length && !isFullWidthFigure(text.charCodeAt(at))) at++;
  if (at === text.length) return text;
  let out = text.slice(0, at);
  for (; at < text.length; at++) {
    const code = text.charCodeAt(at);
    out += isFullWidthFigure(code) ? String.fromCharCode(code - 0xfee0) : text[at];
  }
  return out;
}

/** `０`–`９` (U+FF10–FF19), `．` (U+FF0E), `－` (U+FF0D) and `＋` (U+FF0B). */
function isFullWidthFigure(code: number): boolean {
  return (code >= 0xff0d && code <= 0xff19 && code !== 0xff0f) || code === 0xff0b;
}
