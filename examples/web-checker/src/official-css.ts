import { emptyReport } from '@disclosure/core';
import { toHtml } from '@disclosure/renderer';

/**
 * The renderer's own stylesheet for the official layout, taken from its standalone page so that the fragment
 * shown here looks exactly like what `toHtml` prints (merged cells, 宋体 tables, the dx-error/warning/info marks).
 * The page-level rules (`@page`, `:root`, `body`) are left out: this page has its own. The renderer does not
 * export its CSS on its own; if it ever does, use that instead.
 */
export function officialCss(): string {
  const page = toHtml(emptyReport('2021'));
  const css = /<style>([\s\S]*?)<\/style>/u.exec(page)?.[1] ?? '';
  return css
    .split('\n')
    .filter((line) => !/^\s*(@page|:root|body|@media print \{ body)/u.test(line))
    .join('\n');
}
