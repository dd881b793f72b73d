import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeHtml, sniffCharset } from './decode-html.ts';
import { htmlToLayout } from './html-to-layout.ts';

/** A tiny GB18030 encoder for the test's own characters: looks each one up among the two-byte codes. */
function encodeGb18030(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030');
  const wanted = new Set([...text].filter((c) => c.charCodeAt(0) > 0x7f));
  const codes = new Map<string, [number, number]>();
  for (let lead = 0x81; lead <= 0xfe && codes.size < wanted.size; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (wanted.has(char)) codes.set(char, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const c of text) {
    const code = c.charCodeAt(0);
    if (code <= 0x7f) bytes.push(code);
    else bytes.push(...codes.get(c)!);
  }
  return new Uint8Array(bytes);
}

describe('decodeHtml', () => {
  it('decodes a page that declares <meta charset=gbk> as GB18030', () => {
    const bytes = encodeGb18030('<html><head><meta charset=gbk></head><body><p>一、总体情况</p></body></html>');
    expect(sniffCharset(bytes)).toBe('gb18030');
    expect(htmlToLayout(bytes).lines.map((l) => l.fields[0]!.text)).toEqual(['一、总体情况']);
  });

  it('decodes a GBK fixture that declares its charset in http-equiv Content-Type', () => {
    const bytes = new Uint8Array(readFileSync(new URL('fixtures/gbk-meta-http-equiv.html', import.meta.url)));
    expect(sniffCharset(bytes)).toBe('gb18030');
    const layout = htmlToLayout(bytes);
    expect(layout.lines.map((l) => l.fields.map((f) => f.text).join('|'))).toEqual([
      '一、总体情况',
      '信息内容|本年制发件数',
      '规章|3',
    ]);
  });

  it('decodes undeclared bytes as UTF-8, and as GB18030 when they are not valid UTF-8', () => {
    expect(decodeHtml(new TextEncoder().encode('<p>规章</p>'))).toBe('<p>规章</p>');
    expect(decodeHtml(encodeGb18030('<p>规章</p>'))).toBe('<p>规章</p>');
  });

  it('follows a BOM over the declared charset, and an explicit encoding over both', () => {
    const utf8 = new TextEncoder().encode('\uFEFF<meta charset="gbk"><p>规章</p>');
    expect(decodeHtml(utf8)).toBe('<meta charset="gbk"><p>规章</p>');
    expect(decodeHtml(encodeGb18030('<p>规章</p>'), 'GB2312')).toBe('<p>规章</p>');
  });

  it('decodes UTF-8 bytes of a page that still declares gb2312 as UTF-8', () => {
    const bytes = new TextEncoder().encode('<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><p>规章</p>');
    expect(decodeHtml(bytes)).toContain('<p>规章</p>');
  });

  it('falls back to UTF-8 for an unknown charset label', () => {
    expect(decodeHtml(new TextEncoder().encode('<meta charset="x-unknown"><p>规章</p>'))).toContain('规章');
  });
});
