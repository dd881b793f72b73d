// The modules a source file loads when it runs: for the tests that keep an entry from loading a library.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Every module `entry` (a URL or path to a `.ts` source) reaches through static `import` and `export … from`,
 * relative files followed; `import type` and `export type` are left out (erased), as are dynamic `import()`s (run
 * on demand). Packages appear by their specifier (`zod`, `@disclosure/core/lite`), not followed.
 */
export function listRuntimeModules(entry: URL | string): Set<string> {
  const reached = new Set<string>();
  const visit = (file: string) => {
    if (reached.has(file)) return;
    reached.add(file);
    if (!file.endsWith('.ts')) return;
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/^(?:import|export)\s(?!type\s)(?:[^'";]*?\sfrom\s)?['"]([^'"]+)['"]/gmu)) {
      visit(specifier!.startsWith('.') ? resolve(dirname(file), specifier!) : specifier!);
    }
  };
  visit(entry instanceof URL ? fileURLToPath(entry) : entry);
  return reached;
}
