/**
 * The one Node-specific piece of the PDF adapter: reading the `pdfium.wasm` that ships in `@embedpdf/pdfium`
 * from disk. Browsers never reach this code (see `sharedPdfium`); they pass `wasmBinary` or a module, or let
 * the engine fetch its default URL. The imports are dynamic so that bundlers for the web need not resolve them.
 */
export async function readPdfiumWasm(): Promise<Uint8Array> {
  const [{ createRequire }, { readFile }] = await Promise.all([import('node:module'), import('node:fs/promises')]);
  const require = createRequire(import.meta.url);
  return readFile(require.resolve('@embedpdf/pdfium/pdfium.wasm'));
}
