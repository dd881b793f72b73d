import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isDirectoryTree } from './compound-directory.ts';

const doc = new Uint8Array(readFileSync(new URL('../../test/fixtures/2024-huaian-city.word97.doc', import.meta.url)));

/** The document with the link at `field` (0x44 left, 0x48 right, 0x4c child) of directory entry `entry` set to `to`. */
function relinked(entry: number, field: number, to: number): Uint8Array {
  const bytes = doc.slice();
  const view = new DataView(bytes.buffer);
  const sectorSize = 1 << view.getUint16(0x1e, true);
  // The first directory sector holds the first entries (sectorSize / 128 of them).
  const at = (view.getUint32(0x30, true) + 1) * sectorSize + entry * 128 + field;
  view.setUint32(at, to, true);
  return bytes;
}

describe('isDirectoryTree', () => {
  it('takes the directory of a Word 97 document saved by LibreOffice', () => {
    expect(isDirectoryTree(doc)).toBe(true);
  });

  it('refuses a directory whose links loop or point twice at one entry', () => {
    expect(isDirectoryTree(relinked(1, 0x44, 1))).toBe(false);
    const view = new DataView(doc.buffer, doc.byteOffset);
    const rootChild = view.getUint32((view.getUint32(0x30, true) + 1) * (1 << view.getUint16(0x1e, true)) + 0x4c, true);
    expect(isDirectoryTree(relinked(2, 0x48, rootChild))).toBe(false);
    expect(isDirectoryTree(relinked(1, 0x4c, 0x7fff_ffff))).toBe(false);
  });

  it('refuses bytes too short to hold a header', () => {
    expect(isDirectoryTree(doc.subarray(0, 300))).toBe(false);
  });
});
