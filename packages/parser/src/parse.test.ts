import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ParseError } from './errors.ts';
import { parse } from './parse.ts';

const corpusText = readFileSync(new URL('../../../fixtures/corpus/2020-yueqing-xianxi-town.txt', import.meta.url), 'utf8');

/** Bytes of a string whose characters are all below U+0100, one byte each (Latin-1). */
const latin1 = (text: string): Uint8Array => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

/** The corpus report as an HTML page in pure ASCII (Chinese as character references), so any other byte stands out. */
const asciiPage = (prose: string): string => {
  const escaped = [...corpusText].map((c) => (c.charCodeAt(0) < 128 ? c.replace('&', '&amp;').replace('<', '&lt;') : `&#${c.codePointAt(0)};`));
  return `<html><body><p>${prose}</p><pre>${escaped.join('')}</pre></body></html>`;
};

async function codeOf(run: Promise<unknown>): Promise<string | undefined> {
  try {
    await run;
  } catch (error) {
    if (error instanceof ParseError) return error.code;
    throw error;
  }
  return undefined;
}

describe('parse budgets', () => {
  it('throws TIMEOUT when reading takes longer than timeoutMs', async () => {
    expect(await codeOf(parse(corpusText, { timeoutMs: 0.001 }))).toBe('TIMEOUT');
    expect(await codeOf(parse(corpusText, { timeoutMs: 60_000 }))).toBeUndefined();
  });

  it('refuses a limit that is not a positive number as the caller’s mistake', async () => {
    await expect(parse(corpusText, { timeoutMs: -1 })).rejects.toThrow(TypeError);
  });

  it('ends 2 000 nested tables as a report or a ParseError, never a raw RangeError', async () => {
    const html = `${'<table><tr><td>'.repeat(2000)}1${'</td></tr></table>'.repeat(2000)}`;
    const code = await codeOf(parse(html));
    expect(code === undefined || code === 'TOO_COMPLEX').toBe(true);
  });
});

describe('parse encodings', () => {
  it('says so when the bytes are neither UTF-8 nor plausible GB18030', async () => {
    const { diagnostics, sourceMap } = await parse(latin1(asciiPage('M\u00fcller J\u00fcrgen B\u00fcrger')));
    expect(Object.keys(sourceMap).length).toBeGreaterThan(100);
    expect(diagnostics[0]).toMatchObject({ rule: 'parser/encoding-uncertain', severity: 'warning' });
  });

  it('says nothing for UTF-8, or for a page that declares its single-byte charset', async () => {
    const utf8 = await parse(new TextEncoder().encode(asciiPage('Müller Jürgen Bürger')));
    expect(utf8.diagnostics.map((d) => d.rule)).not.toContain('parser/encoding-uncertain');
    const declared = await parse(latin1(`<meta charset="iso-8859-1">${asciiPage('M\u00fcller J\u00fcrgen B\u00fcrger')}`));
    expect(declared.diagnostics.map((d) => d.rule)).not.toContain('parser/encoding-uncertain');
  });

  it('throws NOT_A_DOCUMENT when such bytes give no table value at all', async () => {
    expect(await codeOf(parse(latin1('<html><body><p>M\u00fcller J\u00fcrgen B\u00fcrger</p></body></html>')))).toBe('NOT_A_DOCUMENT');
  });
});
