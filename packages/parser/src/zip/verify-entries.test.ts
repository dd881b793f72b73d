import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../errors.ts';
import { parse } from '../parse.ts';
import { verifyEntries } from './verify-entries.ts';

const docx = new Uint8Array(readFileSync(new URL('../../test/fixtures/2020-yueqing-xianxi-town.docx', import.meta.url)));

/** A copy of `archive` whose central directory declares `size` bytes for `name`. */
function withDeclaredSize(archive: Uint8Array, name: string, size: number): Uint8Array {
  const bytes = archive.slice();
  const view = new DataView(bytes.buffer);
  let end = bytes.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end--;
  let at = view.getUint32(end + 16, true);
  for (let n = view.getUint16(end + 10, true); n > 0; n--) {
    const length = view.getUint16(at + 28, true);
    if (new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + length)) === name) view.setUint32(at + 24, size, true);
    at += 46 + length + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return bytes;
}

describe('verifyEntries', () => {
  it('passes parts that are what the archive declares', () => {
    const archive = zipSync({ 'a.xml': new TextEncoder().encode('<a>一</a>') });
    expect(() => verifyEntries(archive, { 'a.xml': new TextEncoder().encode('<a>一</a>') })).not.toThrow();
  });

  it('refuses a part of another size or checksum', () => {
    const archive = zipSync({ 'a.xml': new TextEncoder().encode('<a>一</a>') });
    expect(() => verifyEntries(archive, { 'a.xml': new TextEncoder().encode('<a>') })).toThrow(ParseError);
    expect(() => verifyEntries(archive, { 'a.xml': new TextEncoder().encode('<b>一</b>') })).toThrow(/checksum/u);
  });

  it.each([200, 168_000, 170_000])('makes a DOCX whose document part claims %i bytes CORRUPT_ARCHIVE', async (size) => {
    await expect(parse(withDeclaredSize(docx, 'word/document.xml', size))).rejects.toMatchObject({ code: 'CORRUPT_ARCHIVE' });
  });
});
