import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { compilePdfium, fromPdf, loadPdfium } from './pdf-on-demand.ts';

const pdf = fileURLToPath(new URL('../../../fixtures/corpus/2024-huaian-city.pdf', import.meta.url));

test('a compiled PDFium module starts the engine without compiling it again, and PDFs read as before', async () => {
  const module = await compilePdfium();
  expect(module).toBeInstanceOf(WebAssembly.Module);
  await loadPdfium({ wasmModule: module });
  const { report } = await fromPdf(new Uint8Array(readFileSync(pdf)));
  expect(report.tables.applications.newlyReceived.total).toBe(3119);
});
