import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Unusable } from './unusable.ts';

/** The extensions looked for inside a folder. A file named on the command line is read whatever its name. */
export const documentExtensions = ['pdf', 'docx', 'doc', 'html', 'htm', 'txt', 'json', 'png', 'jpg', 'jpeg', 'tif', 'tiff'] as const;

/** One input to process: a file, or an argument that named nothing usable (kept in place, reported at the end). */
export interface InputEntry {
  /** The path as shown to the user: relative to the working directory when inside it. */
  readonly display: string;
  /** The absolute path (for an unusable argument, the argument resolved). */
  readonly path: string;
  readonly unusable?: Unusable;
}

function display(cwd: string, path: string): string {
  const inside = relative(cwd, path);
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside) ? inside : path;
}

const folderPattern = `**/*.{${documentExtensions.join(',')}}`;

/**
 * Turns the command-line arguments into files, in argument order: a file as it is; a folder as the documents
 * under it (recursively, by extension, sorted by path); anything else as a glob (sorted). A file reached twice
 * is read once. What names nothing stays in the list as an unusable entry, so it is reported, not skipped.
 */
export async function expandInputs(args: readonly string[], cwd: string): Promise<InputEntry[]> {
  const entries: InputEntry[] = [];
  const seen = new Set<string>();
  const add = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    entries.push({ display: display(cwd, path), path });
  };
  for (const arg of args) {
    const path = resolve(cwd, arg);
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) {
      // tinyglobby is imported only for folders and patterns: a plain file list never loads it
      const { glob } = await import('tinyglobby');
      const found = await glob(folderPattern, { cwd: path, absolute: true, caseSensitiveMatch: false, dot: false });
      if (found.length === 0) entries.push({ display: arg, path, unusable: { code: 'NO_DOCUMENTS' } });
      for (const file of found.map((file) => resolve(file)).sort()) add(file);
    } else if (info) {
      add(path);
    } else {
      const { glob, isDynamicPattern } = await import('tinyglobby');
      if (!isDynamicPattern(arg)) {
        entries.push({ display: arg, path, unusable: { code: 'NOT_FOUND' } });
        continue;
      }
      const found = await glob(arg, { cwd, absolute: true, onlyFiles: true, expandDirectories: false });
      if (found.length === 0) entries.push({ display: arg, path, unusable: { code: 'NO_MATCH' } });
      for (const file of found.map((file) => resolve(file)).sort()) add(file);
    }
  }
  return entries;
}
