import { htmlStylesheet } from '@disclosure/renderer';

/**
 * The renderer's stylesheet for the official layout, so that the fragment shown here looks exactly like what
 * `toHtml` prints (merged cells, 宋体 tables, the dx-error/warning/info marks). The page-level rules (`@page`,
 * `:root`, `body`) are left out: this page has its own.
 */
export function officialCss(): string {
  return htmlStylesheet
    .split('\n')
    .filter((line) => !/^\s*(@page|:root|body|@media print \{ body)/u.test(line))
    .join('\n');
}
