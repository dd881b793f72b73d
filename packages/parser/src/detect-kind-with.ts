import { sniffCharset } from './html/decode-html.ts';

/** A kind of input the parser reads. */
export type InputKind = 'pdf' | 'docx' | 'doc' | 'html' | 'text';

/** How `detectKindWith` looks inside containers: each returns the entry names, or `null` when the bytes are not one. */
export interface ContainerListers {
  /** The streams of an OLE compound file (Word 97 and its kin). */
  readonly listCompoundEntries: (bytes: Uint8Array) => string[] | null;
  /** The entries of a ZIP archive (DOCX and its kin). */
  readonly listZipEntries: (bytes: Uint8Array) => string[] | null;
}

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

/** A Markdown heading line (`## 二、主动公开政府信息情况`). */
const markdownHeading = /^#{1,6}[ \t]\S/mu;

/**
 * Markup is a web page when it starts as one, or when a common tag stands near the start — unless the text before
 * any tag is Markdown with headings: an extraction (MinerU, pandoc) that writes its tables as raw HTML is read as
 * text, whose reader reads those tables on their grid and keeps the Markdown title and headings.
 */
function looksLikeHtml(text: string): boolean {
  const start = text.replace(/^\uFEFF/u, '').trimStart();
  if (/^<!doctype\s+html\b/iu.test(start) || /^<html[\s>]/iu.test(start)) return true;
  const head = start.slice(0, 4096);
  if (!start.startsWith('<') && markdownHeading.test(head)) return false;
  return htmlTag.test(head);
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

/** `detectKind`, looking inside ZIP and compound files with `containers` (see detect-kind.ts). */
export function detectKindWith(input: string | Uint8Array, containers: ContainerListers): InputKind | null {
  if (typeof input === 'string') return textKind(input);
  if (input.length === 0) return null;
  if (hasPdfHeader(input)) return 'pdf';
  const streams = containers.listCompoundEntries(input);
  if (streams) return streams.includes('WordDocument') ? 'doc' : null;
  const entries = containers.listZipEntries(input);
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
