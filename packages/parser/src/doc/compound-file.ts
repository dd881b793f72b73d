import * as CFB from 'cfb';
import { isDirectoryTree } from './compound-directory.ts';
import { isCompoundFile } from './is-compound-file.ts';

/** The names of the streams and storages of an OLE compound file; `null` when the bytes are not a readable one. */
export function listCompoundEntries(bytes: Uint8Array): string[] | null {
  if (!isCompoundFile(bytes) || !isDirectoryTree(bytes)) return null;
  try {
    return CFB.read(bytes, { type: 'buffer' }).FileIndex.map((entry) => entry.name);
  } catch {
    return null;
  }
}
