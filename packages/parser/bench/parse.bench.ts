/**
 * Parser speed. Text, HTML and DOCX: whole reports per second on one core (target ≥ 1,000), on the corpus text
 * documents, an HTML page made from one and the test DOCX of it (`test/fixtures/`). PDF: poppler's process, bare
 * PDFium extraction, `pdfToLayout` and our whole parse to a validated report, per corpus PDF (targets: whole parse
 * ≤ 1.25 × bare, and below poppler).
 * Run: `pnpm bench` in packages/parser (needs `pdftotext` on PATH for the poppler column).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { benchmarkPdf } from './pdf.bench.ts';

const corpus = fileURLToPath(new URL('../../../fixtures/corpus/', import.meta.url));

// The built package, as users run it (`pnpm bench` builds first): tsx's dev transform of the sources is slower.
const built = new URL('../dist/index.js', import.meta.url).href;
const { fromDocx, fromHtml, fromText, readLayout } = (await import(built)) as typeof import('../src/index.ts');
const { pdfToLayout: pdfToLayoutSources } = await import('../src/pdf/pdf-to-layout.ts');

function perSecond(label: string, run: () => unknown, seconds = 2): void {
  for (let i = 0; i < 50; i++) run();
  let count = 0;
  const start = performance.now();
  while (performance.now() - start < seconds * 1000) {
    run();
    count++;
  }
  const elapsed = (performance.now() - start) / 1000;
  console.log(`${label}: ${Math.round(count / elapsed).toLocaleString('en')} reports/s (${((elapsed / count) * 1000).toFixed(3)} ms each)`);
}

/** A report as a government site prints it: prose in paragraphs, each run of table lines in one `<table>`. */
function htmlPage(text: string): string {
  const html: string[] = [];
  let inTable = false;
  for (const line of text.split('\n')) {
    const isRow = line.includes('\t');
    if (isRow !== inTable) html.push(isRow ? '<table border="1">' : '</table>');
    inTable = isRow;
    html.push(isRow ? `<tr>${line.split('\t').map((cell) => `<td>${cell}</td>`).join('')}</tr>` : `<p>${line}</p>`);
  }
  if (inTable) html.push('</table>');
  return `<!doctype html><html><head><meta charset="utf-8"></head><body>${html.join('\n')}</body></html>`;
}

const xianxi = readFileSync(`${corpus}2020-yueqing-xianxi-town.txt`, 'utf8');
console.log('Text, HTML and DOCX, one core:');
for (const name of ['2020-yueqing-xianxi-town', '2022-pingtan-zone', '2025-shuyang-county']) {
  const text = readFileSync(`${corpus}${name}.txt`, 'utf8');
  perSecond(`  fromText ${name}`, () => fromText(text));
}
const page = htmlPage(xianxi);
perSecond('  fromHtml (Xianxi as an HTML page)', () => fromHtml(page));
const docx = new Uint8Array(readFileSync(new URL('../test/fixtures/2020-yueqing-xianxi-town.docx', import.meta.url)));
perSecond('  fromDocx (Xianxi as a DOCX)', () => fromDocx(docx));

// The PDF columns all run on one PDFium instance, the sources' (the bare extraction (b) needs the engine's raw
// exports, which the built package does not share): timing the built package's `pdfToLayout` on its own instance
// made every run switch between two wasm instances (each with 10 MB of code and its own heap), which cost the runs
// about a quarter more ((c)/(b) measured 1.40–1.46× across instances, 1.12–1.20× on one). The whole parse (d) is
// what `fromPdf` is — `readLayout(await pdfToLayout(bytes))` — with the layout from that instance and the built
// package's `readLayout`.
await benchmarkPdf({ wholeParse: async (bytes) => readLayout(await pdfToLayoutSources(bytes)) });
