import { isCompoundFile } from './doc/is-compound-file.ts';
import { detectKindWith, type InputKind } from './detect-kind-with.ts';
import { isZip } from './zip/is-zip.ts';

/** What the container readers say of bytes that are not a container: nothing. */
const noContainers = { listCompoundEntries: () => null, listZipEntries: () => null };

/**
 * `detectKind` for `parse`: the ZIP and compound-file readers (fflate, cfb) are imported only for bytes that start
 * like a ZIP or an OLE compound file, so text and HTML input never load them. Same answer as `detectKind`.
 */
export async function detectKindOnDemand(input: string | Uint8Array): Promise<InputKind | null> {
  if (typeof input !== 'string' && (isZip(input) || isCompoundFile(input))) {
    const { detectKind } = await import('./detect-kind.ts');
    return detectKind(input);
  }
  return detectKindWith(input, noContainers);
}
