import { defineConfig } from 'tsup';
import { packageConfig } from '../../tsup.config.base.ts';

// Split so that each format's reader (PDFium, htmlparser2, fflate, cfb), imported on first use, is a chunk of its
// own, and `lite` (the main entry without the synchronous HTML and Word readers) shares the rest with `index`.
export default defineConfig(packageConfig({ index: 'src/index.ts', lite: 'src/lite.ts' }, { splitting: true }));
