import { spendEvery } from '../budget.ts';

const endOfChain = 0xfffffffe;
const noStream = 0xffffffff;
/** Bytes of one directory entry (MS-CFB 2.6). */
const entrySize = 128;
/** DIFAT entries in the header (MS-CFB 2.2). */
const headerDifat = 109;

/**
 * Whether an OLE compound file's directory is a tree (MS-CFB 2.6): its sectors form one chain, and the sibling and
 * child links of its entries point inside it, each entry reached by at most one link, and no entry its own
 * ancestor. A crafted file whose links loop would send a directory reader round the loop for ever (`cfb` builds
 * each path by walking up to the root, growing the string until memory runs out): such a file is corrupt. The check
 * reads each sector and entry once.
 */
export function isDirectoryTree(bytes: Uint8Array): boolean {
  if (bytes.length < 512) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return false;
  const sectorSize = 1 << shift;
  const sectors = Math.floor(bytes.length / sectorSize) - 1;
  const offsetOf = (sector: number) => (sector + 1) * sectorSize;
  const u32 = (offset: number) => (offset + 4 <= bytes.length ? view.getUint32(offset, true) : noStream);

  // The FAT's sectors, from the header's DIFAT and the DIFAT chain.
  const fatSectors: number[] = [];
  for (let i = 0; i < headerDifat; i++) fatSectors.push(u32(0x4c + i * 4));
  const perDifat = sectorSize / 4 - 1;
  const seen = new Set<number>();
  for (let difat = u32(0x44); difat < sectors && !seen.has(difat); difat = u32(offsetOf(difat) + perDifat * 4)) {
    seen.add(difat);
    for (let i = 0; i < perDifat; i++) fatSectors.push(u32(offsetOf(difat) + i * 4));
  }
  const perFat = sectorSize / 4;
  const next = (sector: number): number => {
    const fat = fatSectors[Math.floor(sector / perFat)];
    return fat === undefined || fat >= sectors ? noStream : u32(offsetOf(fat) + (sector % perFat) * 4);
  };

  // The directory's sectors: one chain from the header's first directory sector, no sector twice.
  const chain: number[] = [];
  const inChain = new Set<number>();
  for (let sector = u32(0x30); sector !== endOfChain; sector = next(sector)) {
    if (sector >= sectors || inChain.has(sector)) return false;
    spendEvery(chain.length);
    inChain.add(sector);
    chain.push(sector);
  }
  const perSector = sectorSize / entrySize;
  const count = chain.length * perSector;
  const at = (entry: number) => offsetOf(chain[Math.floor(entry / perSector)]!) + (entry % perSector) * entrySize;

  // Every link inside the directory, each entry reached at most once, and no loop back to an ancestor.
  const parent = new Int32Array(count).fill(-1);
  for (let entry = 0; entry < count; entry++) {
    spendEvery(entry);
    for (const field of [0x44, 0x48, 0x4c]) {
      const link = u32(at(entry) + field);
      if (link === noStream) continue;
      if (link >= count || link === 0 || parent[link] !== -1) return false;
      parent[link] = entry;
    }
  }
  // With one parent each, a loop is an entry that walking up from it meets again before the root; each entry is
  // walked from once, marked as it is passed (`state` 1: on the current walk, 2: known to reach the root).
  const state = new Uint8Array(count);
  for (let entry = 0; entry < count; entry++) {
    let walk = entry;
    while (walk !== -1 && state[walk] === 0) {
      state[walk] = 1;
      walk = parent[walk]!;
    }
    if (walk !== -1 && state[walk] === 1) return false;
    for (let mark = entry; mark !== -1 && state[mark] === 1; mark = parent[mark]!) state[mark] = 2;
  }
  return true;
}
