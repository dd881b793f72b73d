import { defineConfig } from 'tsup';
import { packageConfig } from '../../tsup.config.base.ts';

// Split so that the PDF reader (and PDFium with it), imported on first use, is a chunk of its own.
export default defineConfig(packageConfig({ index: 'src/index.ts' }, { splitting: true }));
