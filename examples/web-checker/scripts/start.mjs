// `start`: serve the built site on 127.0.0.1, request every file the page and its worker load, print the bundle
// sizes and stop. Quick and non-interactive, because the root `pnpm examples` runs it (after `turbo build`).
// `node scripts/start.mjs --serve [--port 4173]` keeps serving instead, for a person with a browser.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { serveDist } from './serve-dist.mjs';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const args = process.argv.slice(2);
const keepServing = args.includes('--serve');
const portArgument = args.indexOf('--port');
const port = portArgument >= 0 ? Number(args[portArgument + 1]) : keepServing ? 4173 : 0;

if (!existsSync(`${dist}index.html`)) {
  console.error('web-checker: dist/ is missing; build it first: npx --yes pnpm@10.34.9 --filter web-checker build');
  process.exit(1);
}

const server = await serveDist(dist, { port });
if (keepServing) {
  console.log(`web-checker: serving dist/ at ${server.url} (Ctrl-C to stop)`);
  process.on('SIGINT', () => void server.close().then(() => process.exit(0)));
} else {
  try {
    await check(server.url);
  } finally {
    await server.close();
  }
}

/** Follows every `assets/…` reference from index.html through the scripts it loads (the worker, the wasm, the OCR model). */
async function check(url) {
  const seen = new Set(['index.html']);
  const queue = ['index.html'];
  const rows = [];
  while (queue.length > 0) {
    const path = queue.shift();
    const response = await fetch(new URL(path, url));
    if (!response.ok) throw new Error(`web-checker: ${path} answered HTTP ${response.status}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    rows.push({ path, raw: bytes.length, gzip: gzipSync(bytes).length });
    if (/\.(html|js|css)$/u.test(path)) {
      const text = new TextDecoder().decode(bytes);
      for (const match of text.matchAll(/(?:\.\/|\/)?(assets\/[\w.-]+\.(?:js|css|wasm|onnx|txt))/gu)) {
        const found = match[1];
        if (!seen.has(found)) {
          seen.add(found);
          queue.push(found);
        }
      }
      for (const match of text.matchAll(/["'`]\.?\/?([\w.-]+\.(?:js|css|wasm|onnx|txt))["'`]/gu)) {
        const found = `assets/${match[1]}`;
        if (path.startsWith('assets/') && !seen.has(found) && existsSync(`${dist}${found}`)) {
          seen.add(found);
          queue.push(found);
        }
      }
    }
  }
  const built = await readdir(`${dist}assets`);
  const unreached = built.filter((name) => !seen.has(`assets/${name}`) && !name.startsWith('__vite-browser-external'));
  if (unreached.length > 0) throw new Error(`web-checker: built but never referenced: ${unreached.join(', ')}`);
  const index = await readFile(`${dist}index.html`, 'utf8');
  if (!index.includes('Content-Security-Policy')) throw new Error('web-checker: index.html lost its Content-Security-Policy');

  const kb = (n) => `${(n / 1000).toFixed(1)} kB`; // kB = 1000 bytes, as Vite prints them
  console.log(`web-checker: dist/ served at ${server.url}; every file the page loads answered 200`);
  for (const row of rows) console.log(`  ${row.path.padEnd(44)} ${kb(row.raw).padStart(11)}  gzip ${kb(row.gzip).padStart(10)}`);
  const sum = (filter) => rows.filter((row) => filter.test(row.path)).reduce((total, row) => ({ raw: total.raw + row.raw, gzip: total.gzip + row.gzip }), { raw: 0, gzip: 0 });
  const js = sum(/\.js$/u);
  const wasm = sum(/\.wasm$/u);
  const model = sum(/\.(?:onnx|txt)$/u);
  console.log(`  JavaScript ${kb(js.raw)} (gzip ${kb(js.gzip)}), wasm ${kb(wasm.raw)} (gzip ${kb(wasm.gzip)}), OCR model ${kb(model.raw)} (gzip ${kb(model.gzip)}, loaded only for scans)`);
  console.log('Open it in a browser: npx --yes pnpm@10.34.9 --filter web-checker serve');
}
