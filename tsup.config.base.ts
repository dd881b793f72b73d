import type { Options } from 'tsup';

/** The one build setup every public package shares: ESM, declarations, Node 20 target. */
export function packageConfig(entry: Record<string, string>, extra: Partial<Options> = {}): Options {
  return {
    entry,
    format: ['esm'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'node20',
    platform: 'neutral',
    splitting: false,
    treeshake: true,
    // Keep `node:` specifiers: bundlers for the web recognise them as Node-only and leave them alone.
    removeNodeProtocol: false,
    external: [/^node:/],
    ...extra,
  };
}
