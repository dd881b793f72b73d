import { defineConfig, mergeConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared.ts';

// The end-to-end tests drive the *built* site (dist/, made by `build`, which turbo runs before `test`); the
// packages the tests use themselves (to make a DOCX and to read the downloaded one) come from source as usual.
export default mergeConfig(
  sharedConfig,
  defineConfig({
    test: {
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      testTimeout: 120_000,
      hookTimeout: 120_000,
    },
  }),
);
