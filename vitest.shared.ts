import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Tests import the workspace packages from source, never from dist. */
export const sharedConfig = defineConfig({
  resolve: {
    alias: [
      { find: /^@disclosure\/core$/, replacement: here('./packages/core/src/index.ts') },
      { find: /^@disclosure\/core\/lite$/, replacement: here('./packages/core/src/lite.ts') },
      { find: /^@disclosure\/parser$/, replacement: here('./packages/parser/src/index.ts') },
      { find: /^@disclosure\/parser\/lite$/, replacement: here('./packages/parser/src/lite.ts') },
      { find: /^@disclosure\/stats$/, replacement: here('./packages/stats/src/index.ts') },
      { find: /^@disclosure\/renderer$/, replacement: here('./packages/renderer/src/index.ts') },
      { find: /^@disclosure\/cli$/, replacement: here('./packages/cli/src/index.ts') },
      { find: /^@disclosure\/ocr$/, replacement: here('./packages/ocr/src/index.ts') },
    ],
  },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
