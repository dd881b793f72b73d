import { listCompoundEntries } from './doc/compound-file.ts';
import { listZipEntries } from './docx/read-docx-archive.ts';
import { sniffCharset } from './html/decode-html.ts';

/** A kind of input the parser reads. */
export type InputKind = 'pdf' | 'docx' | 'doc' | 'html' | 'text';

/** How far into the bytes `%PDF-` may start: readers accept junk before the header. */
const pdfHeaderWindow = 1024;
/** How many bytes are looked at to tell text from binary. */
const sampleBytes = 64 * 1024;

const pdfMagic = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

function hasPdfHeader(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length - pdfMagic.length, pdfHeaderWindow);
  for (let i = 0; i <= end; i++) {
    if (pdfMagic.every((b, j) => bytes[i + j] === b)) return true;
  }
  return false;
}

/** Tags that make markup a web page, looked for near the start. */
const htmlTag = /<(?:!doctype\s+html|html|head|body|meta|title|table|tr|td|p|div|br|span|h[1-6])\b[^<>]*>/iu;

function looksLikeHtml(text: string): boolean {
  const start = text.replace(/^\uFEFF/u, '').trimStart();
  if (/^<!doctype\s+html\b/iu.test(start) || /^<html[\s>]/iu.test(start)) return true;
  return htmlTag.test(start.slice(0, 4096));
}

/** Control characters other than tab, line feed, form feed and carriage return: rare in text, common in binary. */
function controlRatio(text: string): number {
  if (text.length === 0) return 0;
  const controls = text.match(/[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufffd]/gu)?.length ?? 0;
  return controls / text.length;
}

function decodeStrict(bytes: Uint8Array, label: string): string | null {
  try {
    // `stream` keeps a character cut at the end of the sample from counting as an error.
    return new TextDecoder(label, { fatal: true }).decode(bytes, { stream: true });
  } catch {
    return null;
  }
}

function textKind(text: string): InputKind | null {
  if (/^\uFEFF?\{\\rtf/u.test(text)) return null;
  if (text.replace(/^\uFEFF/u, '').trim() === '' || controlRatio(text) > 0.01) return null;
  return looksLikeHtml(text) ? 'html' : 'text';
}

/**
 * What kind of document the input is, from its content alone: `pdf` (a `%PDF-` header within the first 1 KB), `docx`
 * (a ZIP holding `word/document.xml`), `html` (markup with `<!doctype html>`, `<html>` or common tags near the start),
 * `doc` (an OLE compound file holding a `WordDocument` stream: Word 97–2003), `text` (anything else that decodes as
 * UTF-8, UTF-16 with a BOM, or GB18030), or `null` (empty, binary, RTF, a ZIP that is not a DOCX, another OLE file).
 */
export function detectKind(input: string | Uint8Array): InputKind | null {
  if (typeof input === 'string') return textKind(input);
  if (input.length === 0) return null;
  if (hasPdfHeader(input)) return 'pdf';
  const streams = listCompoundEntries(input);
  if (streams) return streams.includes('WordDocument') ? 'doc' : null;
  const entries = listZipEntries(input);
  if (entries) return entries.some((name) => /^word\/[^/]*document[^/]*\.xml$/iu.test(name)) ? 'docx' : null;
  const sample = input.subarray(0, sampleBytes);
  const charset = sniffCharset(sample);
  if (charset === 'utf-16le' || charset === 'utf-16be') {
    const text = decodeStrict(sample.subarray(2), charset);
    return text === null ? null : textKind(text);
  }
  let nuls = 0;
  for (const byte of sample) if (byte === 0) nuls++;
  if (nuls > sample.length / 1000) return null;
  const preferred = charset && charset !== 'utf-8' ? [charset, 'utf-8', 'gb18030'] : ['utf-8', 'gb18030'];
  for (const label of preferred) {
    const text = decodeStrict(sample, label);
    if (text !== null) return textKind(text);
  }
  return null;
}
