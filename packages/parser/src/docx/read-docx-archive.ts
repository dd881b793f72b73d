import { unzipSync } from 'fflate';
import { isCompoundFile } from '../doc/is-compound-file.ts';
import { ParseError } from '../errors.ts';
import { defaultMaxBytes } from '../limits.ts';
import { isZip } from '../zip/is-zip.ts';
import { verifyEntries } from '../zip/verify-entries.ts';

const officeDocumentType = /\/officeDocument$/u;

/** The names of a ZIP archive's entries, without inflating any; `null` when the bytes are not a readable ZIP. */
export function listZipEntries(bytes: Uint8Array): string[] | null {
  if (!isZip(bytes)) return null;
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        return false;
      },
    });
  } catch {
    return null;
  }
  return names;
}

/**
 * Inflates the named entries of a ZIP archive. fflate inflates into a buffer of the size the archive declares, so
 * summing the declared sizes bounds the memory used even when an archive lies about them.
 */
function inflate(bytes: Uint8Array, names: ReadonlySet<string>, maxBytes: number): Record<string, Uint8Array> {
  let total = 0;
  try {
    return unzipSync(bytes, {
      filter: (file) => {
        if (!names.has(file.name)) return false;
        total += file.originalSize;
        if (total > maxBytes) {
          throw new ParseError('TOO_LARGE', `DOCX part ${file.name} inflates past the ${maxBytes}-byte limit`);
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ParseError) throw error;
    throw new ParseError('CORRUPT_ARCHIVE', 'The DOCX archive cannot be unzipped', { cause: error });
  }
}

/** Where `_rels/.rels` says the main document part is; `word/document.xml` when it does not say. */
function mainPartName(rels: Uint8Array | undefined): string {
  if (!rels) return 'word/document.xml';
  const xml = new TextDecoder().decode(rels);
  for (const match of xml.matchAll(/<Relationship\b[^>]*>/gu)) {
    const type = /\bType="([^"]*)"/u.exec(match[0])?.[1] ?? '';
    const target = /\bTarget="([^"]*)"/u.exec(match[0])?.[1];
    if (officeDocumentType.test(type) && target) return target.replace(/^\/+/u, '');
  }
  return 'word/document.xml';
}

/** The parts of a DOCX the reader needs, as XML text. */
export interface DocxParts {
  readonly document: string;
  /** `word/numbering.xml` (automatic list numbering), when present. */
  readonly numbering?: string;
  /** `word/styles.xml` (paragraph styles may carry list numbering), when present. */
  readonly styles?: string;
}

/**
 * Unzips a DOCX and returns its main document part (with numbering and styles), or throws a {@link ParseError}.
 * `maxBytes` (default 50 MiB) bounds what the parts inflate to.
 */
export function readDocxArchive(bytes: Uint8Array, maxBytes = defaultMaxBytes): DocxParts {
  if (bytes.length === 0) throw new ParseError('EMPTY_INPUT', 'The DOCX input is empty');
  if (isCompoundFile(bytes)) throw new ParseError('NOT_DOCX', 'This is a legacy Word .doc (OLE) file, not a DOCX');
  if (!isZip(bytes)) throw new ParseError('NOT_DOCX', 'The input is not a ZIP archive, so not a DOCX');
  const names = listZipEntries(bytes);
  if (!names) throw new ParseError('CORRUPT_ARCHIVE', 'The DOCX archive cannot be unzipped');
  const relsName = '_rels/.rels';
  const rels = names.includes(relsName) ? inflate(bytes, new Set([relsName]), maxBytes)[relsName] : undefined;
  const main = mainPartName(rels);
  const documentName = names.includes(main) ? main : 'word/document.xml';
  if (!names.includes(documentName)) {
    throw new ParseError('NOT_DOCX', 'The archive has no word/document.xml, so it is not a DOCX');
  }
  const numberingName = documentName.replace(/[^/]*$/u, 'numbering.xml');
  const stylesName = documentName.replace(/[^/]*$/u, 'styles.xml');
  const wanted = new Set([documentName, ...[numberingName, stylesName].filter((name) => names.includes(name))]);
  const parts = inflate(bytes, wanted, maxBytes - (rels?.length ?? 0));
  verifyEntries(bytes, parts);
  const decoder = new TextDecoder();
  const numbering = parts[numberingName];
  const styles = parts[stylesName];
  return {
    document: decoder.decode(parts[documentName]),
    ...(numbering ? { numbering: decoder.decode(numbering) } : {}),
    ...(styles ? { styles: decoder.decode(styles) } : {}),
  };
}
