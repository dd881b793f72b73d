export * from './lite.ts';
export { detectKind } from './detect-kind.ts';
export { docxToLayout } from './docx/docx-to-layout.ts';
export { fromDoc } from './doc/from-doc.ts';
export { fromDocx } from './docx/from-docx.ts';
export { decodeHtml } from './html/decode-html.ts';
export { fromHtml } from './html/from-html.ts';
export { htmlToLayout } from './html/html-to-layout.ts';
