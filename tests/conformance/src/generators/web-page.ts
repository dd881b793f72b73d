import type { Report } from '@disclosure/core';
import { toHtml } from '@disclosure/renderer';
import { legalPersonColumns, withBlankColumns } from '../blank-columns.ts';
import { utf8, type Generator } from '../document.ts';

/** Site navigation and footer of a government portal: links, a breadcrumb, a date, registration numbers. */
const header = `<div class="site-nav"><ul><li><a href="#">首页</a></li><li><a href="#">政务公开</a></li><li><a href="#">12345便民惠企服务平台</a></li><li><a href="#">闽政通APP</a></li></ul>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 政府信息公开年报</div><div class="info">来源：办公室 时间：2026-03-10 12:56 微信 微博 QQ空间 全真版 文字版 文件下载</div></div>`;
const footer = `<div class="site-footer"><p>附件下载 扫一扫在手机上查看当前页面</p><p>网站标识码：3590000001 公安备案号：35012899001-19002 闽ICP备09032658号</p><p>建议您使用 IE浏览器9.0版本及以上； Google Chrome浏览器 63版本及以上</p></div>`;

/** The report as a web page: the renderer's HTML with site chrome around the article. */
export function toWebPage(report: Report): string {
  return toHtml(report).replace(/<body([^>]*)>/u, `<body$1>\n${header}`).replace('</body>', `${footer}\n</body>`);
}

/** A report with table 3's five legal-person columns printed blank in every row: what such pages print. */
export function withBlankLegalPersons(report: Report): Report {
  return withBlankColumns(report, legalPersonColumns);
}

/** A page whose runs of five blank cells in a row are one cell merged over the five (`<td colspan="5"></td>`). */
export function withMergedBlanks(html: string): string {
  return html.replace(/(<td[^>]*>)<\/td>(?:<td[^>]*><\/td>){4}/gu, '<td colspan="5"></td>');
}

/**
 * Class “web page printed to PDF”, its page before printing: site chrome around the article and table 3's
 * legal-person columns blank in every row, so each row prints only 自然人 and 总计 — on even seeds the five blank
 * cells of a row merged into one. The committed PDFs are these pages (unmerged) printed by Chromium.
 */
export const webPage: Generator = {
  id: 'web-page',
  class: 'web-page-pdf',
  description: 'toHtml with table 3’s legal-person columns blank (merged into one cell a row on even seeds) and site navigation and footer around the article',
  generate: (report, seed) => {
    const expected = withBlankLegalPersons(report);
    const page = toWebPage(expected);
    return { name: 'page.html', class: 'web-page-pdf', bytes: utf8(seed % 2 === 0 ? withMergedBlanks(page) : page), expected };
  },
};
