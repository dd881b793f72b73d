import type { Line } from '../layout/layout.ts';
import { lineText, sliceLine } from './line-text.ts';

/** Lines a crawler or a Markdown conversion adds before the report (`标题:`, `发布时间:`, `=== 正文 ===`, `# …`). */
const crawlerHeader = /^\s*(?:(?:标题|发布时间|发布日期|文号|发布机构|栏目|原文链接|本地目录|来源)\s*[:：]|页面链接与图片)|^\s*=+\s*正文\s*=+\s*$|^\s*#/u;

/** The lines before the first heading that are prose: not the title, not a crawler's header, not the date line. */
export function preambleLines(lines: readonly Line[], first: { line: number; start: number }): Line[] {
  const out: Line[] = [];
  lines.forEach((line, index) => {
    const cut = index === first.line ? sliceLine(line, 0, first.start) : line;
    if (!cut) return;
    const text = lineText(cut);
    if (crawlerHeader.test(text) || /年度报告\s*$|^\s*[(（]?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[)）]?\s*$/u.test(text)) return;
    if (text.replace(/\s/gu, '').length <= 20 && !/[，。：；]/u.test(text)) return;
    out.push(cut);
  });
  return out;
}
