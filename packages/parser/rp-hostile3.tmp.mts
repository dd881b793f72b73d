import { fromHtml } from './src/html/from-html.ts';
import { fromDocx } from './src/docx/from-docx.ts';
import { strToU8, zipSync } from 'fflate';
const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const numbered = (start: string, fmt: string) => zipSync({
  'word/document.xml': strToU8(`<w:document ${w}><w:body><w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>`),
  'word/numbering.xml': strToU8(`<w:numbering ${w}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`),
});
const cases: Record<string, () => unknown> = {
  '2,000 nested <table>': () => fromHtml('<table><tr><td>'.repeat(2000) + '一、总体情况'),
  '200,000 unclosed <b>': () => fromHtml('<b>'.repeat(200000) + 'x'),
  '1,990 <b> + 150,000 stray </i>': () => fromHtml('<b>'.repeat(1990) + '</i>'.repeat(150000)),
  'DOCX numbering 100000000000 upperRoman': () => fromDocx(numbered('100000000000', 'upperRoman')),
  'DOCX numbering 1e12 upperLetter': () => fromDocx(numbered('1000000000000', 'upperLetter')),
};
for (const [name, run] of Object.entries(cases)) {
  const s = performance.now();
  let out: string;
  try { run(); out = 'report'; } catch (e: any) { out = `${e.name} ${e.code ?? ''}`; }
  console.log(`${name}: ${out} in ${(performance.now() - s).toFixed(0)} ms`);
}
