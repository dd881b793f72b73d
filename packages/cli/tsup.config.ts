import { defineConfig } from 'tsup';
import { packageConfig } from '../../tsup.config.base.ts';

// `cli` keeps the `#!/usr/bin/env node` line of src/cli.ts (esbuild preserves an entry's hashbang); `worker` is
// the batch's worker thread, loaded from beside the bundle that starts it. `@disclosure/ocr` is an optional
// dependency loaded on demand: never bundled (it would carry onnxruntime's native bindings into the CLI).
export default defineConfig(
  packageConfig({ index: 'src/index.ts', cli: 'src/cli.ts', worker: 'src/batch/worker.ts' }, { platform: 'node', external: [/^node:/, '@disclosure/ocr'] }),
);
