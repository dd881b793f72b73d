import { defineConfig } from 'tsup';
import { packageConfig } from '../../tsup.config.base.ts';

// Split so that `index` (onnxruntime-node) and `web` (onnxruntime-web) share the page reading in one chunk instead
// of each carrying a copy of it.
export default defineConfig(packageConfig({ index: 'src/index.ts', web: 'src/web.ts' }, { splitting: true }));
