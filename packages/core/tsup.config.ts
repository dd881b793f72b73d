import { defineConfig } from 'tsup';
import { packageConfig } from '../../tsup.config.base.ts';

// `lite` is the main entry without the zod schemas; split, so that both entries share one chunk of the rest.
export default defineConfig(packageConfig({ index: 'src/index.ts', lite: 'src/lite.ts' }, { splitting: true }));
