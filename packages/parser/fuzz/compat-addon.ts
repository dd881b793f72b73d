// jazzer.js 4.0.0, the only release that ships its native addon in the npm package, is built against glibc 2.38 and
// libstdc++ 13; Debian 12 has glibc 2.36 and libstdc++ 12. The addon needs just three newer symbols: the C23
// `strtol`/`strtoul` (same as the old ones for our purpose) and `std::ios_base_library_init`. Where it does not
// load, this makes a copy whose references to those versions are weak (so the loader does not refuse it), and a
// small preloaded library (built with the system's gcc) that defines the three symbols.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** How to start node so jazzer's addon loads: extra node arguments and environment. */
export interface AddonCompat {
  readonly nodeArgs: readonly string[];
  readonly env: Readonly<Record<string, string>>;
}

const shimSource = `#include <stdlib.h>
long __isoc23_strtol(const char *s, char **e, int b) { return strtol(s, e, b); }
unsigned long __isoc23_strtoul(const char *s, char **e, int b) { return strtoul(s, e, b); }
extern void _ZNSt8ios_base4InitC1Ev(void *);
static char init[16];
void _ZSt21ios_base_library_initv(void) { _ZNSt8ios_base4InitC1Ev(init); }
`;

const newVersions = new Set(['GLIBC_2.38', 'GLIBCXX_3.4.32']);

/** Marks the version needs of `newVersions` weak (VER_FLG_WEAK) in an ELF64 shared object. */
function weakenVersions(elf: Buffer): void {
  const view = new DataView(elf.buffer, elf.byteOffset, elf.byteLength);
  const sectionsAt = Number(view.getBigUint64(0x28, true));
  const size = view.getUint16(0x3a, true);
  const section = (i: number) => ({
    type: view.getUint32(sectionsAt + i * size + 4, true),
    offset: Number(view.getBigUint64(sectionsAt + i * size + 0x18, true)),
    link: view.getUint32(sectionsAt + i * size + 0x28, true),
  });
  for (let i = 0; i < view.getUint16(0x3c, true); i++) {
    const needs = section(i);
    if (needs.type !== 0x6ffffffe) continue; // SHT_GNU_verneed
    const strings = section(needs.link).offset;
    for (let need = needs.offset; ; ) {
      for (let n = view.getUint16(need + 2, true), aux = need + view.getUint32(need + 8, true); n > 0; n--) {
        const nameAt = strings + view.getUint32(aux + 8, true);
        const name = elf.subarray(nameAt, elf.indexOf(0, nameAt)).toString();
        if (newVersions.has(name)) view.setUint16(aux + 4, 2, true);
        aux += view.getUint32(aux + 12, true);
      }
      const next = view.getUint32(need + 12, true);
      if (next === 0) break;
      need += next;
    }
  }
}

/** What it takes to load jazzer's addon here, set up in `cacheDir` when needed. */
export function prepareAddon(cacheDir: string): AddonCompat {
  const require = createRequire(import.meta.url);
  const fuzzer = dirname(require.resolve('@jazzer.js/fuzzer/package.json', { paths: [dirname(require.resolve('@jazzer.js/core/package.json'))] }));
  const addon = join(fuzzer, 'prebuilds', `fuzzer-${process.platform}-${process.arch}.node`);
  const plain = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(addon)})`], { encoding: 'utf8' });
  if (plain.status === 0) return { nodeArgs: [], env: {} };
  if (!/GLIBC(XX)?_[\d.]+' not found/u.test(plain.stderr) || process.platform !== 'linux') {
    throw new Error(`jazzer.js's native addon does not load here:\n${plain.stderr}`);
  }
  mkdirSync(cacheDir, { recursive: true });
  const patched = join(cacheDir, 'fuzzer.node');
  const shim = join(cacheDir, 'glibc-shim.so');
  const redirect = join(cacheDir, 'redirect.cjs');
  if (!existsSync(patched)) {
    const elf = readFileSync(addon);
    weakenVersions(elf);
    writeFileSync(patched, elf);
    writeFileSync(join(cacheDir, 'glibc-shim.c'), shimSource);
    execFileSync('gcc', ['-shared', '-fPIC', '-O2', '-o', shim, join(cacheDir, 'glibc-shim.c'), '-lstdc++']);
    writeFileSync(
      redirect,
      `const Module = require('node:module');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const found = resolve.call(this, request, ...rest);
  return found === ${JSON.stringify(addon)} ? ${JSON.stringify(patched)} : found;
};
`,
    );
  }
  return { nodeArgs: ['-r', redirect], env: { LD_PRELOAD: shim } };
}
