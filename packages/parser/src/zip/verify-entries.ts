import { ParseError } from '../errors.ts';

const endOfDirectory = 0x06054b50;
const directoryEntry = 0x02014b50;
/** A ZIP64 archive marks sizes it keeps elsewhere with this value; those entries are not checked. */
const zip64Marker = 0xffffffff;

let crcTable: Uint32Array | undefined;

/** CRC-32 (IEEE 802.3, the polynomial ZIP uses), table-driven. */
function crc32(bytes: Uint8Array): number {
  crcTable ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** What the central directory declares of each entry, by name; empty when it cannot be found. */
function declaredEntries(bytes: Uint8Array): Map<string, { size: number; crc: number }> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = new Map<string, { size: number; crc: number }>();
  // the end record sits in the last 22 bytes plus a comment of at most 65 535
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === endOfDirectory) {
      end = i;
      break;
    }
  }
  if (end < 0) return entries;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  for (let n = 0; n < count && at + 46 <= bytes.length && view.getUint32(at, true) === directoryEntry; n++) {
    const nameLength = view.getUint16(at + 28, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.set(name, { crc: view.getUint32(at + 16, true), size: view.getUint32(at + 24, true) });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/**
 * Throws `CORRUPT_ARCHIVE` when an inflated part is not what the archive's central directory declares: another
 * size, or another CRC-32. An inflater that trusts a declared size cuts a part that lies about it short, and a
 * part cut short reads as a document with nothing in it; this turns that silence into an error.
 */
export function verifyEntries(archive: Uint8Array, parts: Readonly<Record<string, Uint8Array>>): void {
  const declared = declaredEntries(archive);
  for (const [name, data] of Object.entries(parts)) {
    const entry = declared.get(name);
    if (!entry || entry.size === zip64Marker) continue;
    if (data.length !== entry.size || crc32(data) !== entry.crc) {
      throw new ParseError('CORRUPT_ARCHIVE', `The archive entry ${name} is not what the archive declares (size ${entry.size}, inflated ${data.length}, or its checksum differs)`);
    }
  }
}
