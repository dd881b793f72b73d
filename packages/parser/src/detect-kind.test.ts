import * as CFB from 'cfb';
import { Document, Packer, Paragraph } from 'docx';
import { strToU8, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectKind } from './detect-kind.ts';

const bytes = (...parts: Array<string | number[]>): Uint8Array =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

describe('detectKind', () => {
  it('finds a PDF header, also after junk bytes within the first kilobyte', () => {
    expect(detectKind(bytes('%PDF-1.7\n%\xe2\xe3\n1 0 obj'))).toBe('pdf');
    expect(detectKind(bytes([0, 1, 2, 3, 0xff], '\r\n'.repeat(100), '%PDF-1.4\n'))).toBe('pdf');
    expect(detectKind(bytes('x'.repeat(2000), '%PDF-1.4\n'))).toBe('text');
  });

  it('says null for a PNG renamed .pdf', () => {
    const png = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], 'IHDR', [0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0]);
    expect(detectKind(png)).toBeNull();
  });

  it('tells a DOCX from other ZIP archives', async () => {
    const docx = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('一、总体情况')] }] })));
    expect(detectKind(docx)).toBe('docx');
    expect(detectKind(zipSync({ 'mimetype': strToU8('application/vnd.oasis.opendocument.text'), 'content.xml': strToU8('<x/>') }))).toBeNull();
    expect(detectKind(bytes([0x50, 0x4b, 0x03, 0x04, 9, 9, 9]))).toBeNull();
  });

  it('says doc for a Word 97 compound file, null for other compound files and for RTF', () => {
    const doc = readFileSync(new URL('../test/fixtures/2024-huaian-city.word97.doc', import.meta.url));
    expect(detectKind(new Uint8Array(doc))).toBe('doc');
    const works = CFB.utils.cfb_new();
    CFB.utils.cfb_add(works, 'CONTENTS', new Uint8Array(64));
    expect(detectKind(new Uint8Array(CFB.write(works, { type: 'buffer' }) as Uint8Array))).toBeNull();
    expect(detectKind(bytes('{\\rtf1\\ansi 一、总体情况}'))).toBeNull();
  });

  it('recognises HTML by its doctype, its html element or common tags near the start', () => {
    expect(detectKind('\uFEFF  <!DOCTYPE html><html><body></body></html>')).toBe('html');
    expect(detectKind(bytes('\n<html lang="zh">'))).toBe('html');
    expect(detectKind(bytes('<meta charset="utf-8"><p>一、总体情况</p>'))).toBe('html');
    expect(detectKind('<div class="content"><table><tr><td>规章</td></tr></table></div>')).toBe('html');
    const gbk = new Uint8Array(readFileSync(new URL('html/fixtures/gbk-meta-http-equiv.html', import.meta.url)));
    expect(detectKind(gbk)).toBe('html');
    // a text that opens with prose and has a tag near the start is a page fragment …
    expect(detectKind('某某区2024年报告\n<p>一、总体情况</p>')).toBe('html');
    // … but Markdown with headings whose tables are raw HTML (MinerU, pandoc) is text, read by the text reader
    expect(detectKind('# 某某区2024年报告\n\n## 二、主动公开政府信息情况\n\n<table><tr><td>规章</td></tr></table>')).toBe('text');
    expect(detectKind('<h1>某某区</h1>\n# 标题')).toBe('html');
  });

  it('says text for plain UTF-8, UTF-16 and GB18030 text', () => {
    expect(detectKind('一、总体情况\n本年度共收到申请 10 件。')).toBe('text');
    expect(detectKind(bytes('一、总体情况\t1 < 2\n'))).toBe('text');
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'规章 3'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect(detectKind(utf16)).toBe('text');
    // 规章 in GBK: B9 E6 D5 C2 — not valid UTF-8.
    expect(detectKind(bytes([0xb9, 0xe6, 0xd5, 0xc2], ' 3\r\n'))).toBe('text');
  });

  it('says null for empty input and binary garbage', () => {
    expect(detectKind('')).toBeNull();
    expect(detectKind('  \n ')).toBeNull();
    expect(detectKind(new Uint8Array())).toBeNull();
    expect(detectKind(new Uint8Array(256).map((_, i) => i))).toBeNull();
    expect(detectKind(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]))).toBeNull();
    let seed = 7;
    const random = new Uint8Array(4096).map(() => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 24);
    expect(detectKind(random)).toBeNull();
  });
});
