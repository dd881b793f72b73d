// Read a published PDF report and write it again in the official layout, as Word (DOCX) and HTML — the HTML with
// the checks' findings marked on the cells they concern. It imports the packages by name, exactly as an outside
// project would, so it runs their built `dist`. Output goes to examples/convert-pdf/out/ (gitignored).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse } from '@disclosure/parser';
import { toDocx, toHtml } from '@disclosure/renderer';

const name = '2024-huaian-city.pdf';
const source = fileURLToPath(new URL(`../../fixtures/corpus/${name}`, import.meta.url));
const out = fileURLToPath(new URL('./out/', import.meta.url));

const { report, diagnostics } = await parse(new Uint8Array(await readFile(source)), { name });
await mkdir(out, { recursive: true });
const docx = await toDocx(report);
const html = toHtml(report, { diagnostics });
await writeFile(`${out}2024-huaian-city.docx`, docx);
await writeFile(`${out}2024-huaian-city.html`, html);

console.log(`读取：fixtures/corpus/${name}（${report.meta.agency}，${report.meta.year} 年度，${report.edition} 年版格式）`);
console.log(`诊断 ${diagnostics.length} 条`);
console.log(`写出：examples/convert-pdf/out/2024-huaian-city.docx（${docx.length} 字节）`);
console.log(`写出：examples/convert-pdf/out/2024-huaian-city.html（${html.length} 字符）`);
