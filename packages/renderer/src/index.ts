export { toDocx } from './docx/to-docx.ts';
export type { DocxOptions } from './docx/to-docx.ts';
export { htmlStylesheet } from './html/print-css.ts';
export { toHtml } from './html/to-html.ts';
export type { HtmlOptions } from './html/to-html.ts';
export { toMarkdown } from './markdown/to-markdown.ts';
export { toText } from './text/to-text.ts';
