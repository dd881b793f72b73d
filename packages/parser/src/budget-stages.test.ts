// Every reader's long loops charge the budget of the parse under way, so that `timeoutMs` and `maxSteps` stop a
// slow document midway through a stage, not only between stages. A fake clock that advances one millisecond each
// time it is read makes the test exact: read once when the stage ends (the check between stages), it stays within a
// 2 ms budget; read by a loop inside the stage, it runs out.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { minimalDocx, minimalPdf } from '../test/hostile-inputs.ts';
import { Budget, runWithin } from './budget.ts';
import { docToLayout } from './doc/doc-to-layout.ts';
import { docxToLayout } from './docx/docx-to-layout.ts';
import { parseWordTree } from './docx/word-tree.ts';
import { ParseError } from './errors.ts';
import { htmlToLayout } from './html/html-to-layout.ts';
import type { Layout } from './layout/layout.ts';
import { parse } from './parse.ts';
import { readLayout } from './parse-layout.ts';
import { pdfToLayout } from './pdf-on-demand.ts';
import { textToLayout } from './text/text-to-layout.ts';

/** A budget of 2 ms on a clock that advances 1 ms each time it is read. */
function tickingBudget(): Budget {
  let now = 0;
  return new Budget({ timeoutMs: 2 }, () => now++);
}

async function codeOf(run: () => unknown): Promise<string | undefined> {
  try {
    await run();
  } catch (error) {
    if (error instanceof ParseError) return error.code;
    throw error;
  }
  return undefined;
}

const prose = (lines: number) => '本机关坚持以习近平新时代中国特色社会主义思想为指导。\n'.repeat(lines);
/** One page of `count` characters in lines of 60. */
const pdfOfChars = (count: number) => {
  const lines = Array.from({ length: Math.ceil(count / 60) }, (_, i) => `BT /F1 6 Tf 20 ${830 - (i % 130) * 6} Td (${'1'.repeat(60)}) Tj ET`);
  const content = lines.join('\n');
  return minimalPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]);
};

describe('budgets checked inside each stage', () => {
  it('stays within the budget when the clock is read only as the stage ends', async () => {
    expect(await codeOf(() => runWithin(tickingBudget(), () => 'read'))).toBeUndefined();
  });

  it('text: reading lines runs out of time midway', async () => {
    expect(await codeOf(() => runWithin(tickingBudget(), () => textToLayout(prose(10_000))))).toBe('TIMEOUT');
  });

  it('markup: parsing thousands of tags (an HTML page, a DOCX part) runs out of time midway', async () => {
    expect(await codeOf(() => runWithin(tickingBudget(), () => parseWordTree('<w:r/>'.repeat(5_000))))).toBe('TIMEOUT');
  });

  it('HTML: walking the tree runs out of time midway', async () => {
    const page = `<html><body>${'<p><b>一</b></p>'.repeat(5_000)}</body></html>`;
    expect(await codeOf(() => runWithin(tickingBudget(), () => htmlToLayout(page)))).toBe('TIMEOUT');
  });

  it('DOCX: reading runs runs out of time midway', async () => {
    const docx = minimalDocx(`<w:p>${'<w:r><w:t>一</w:t></w:r>'.repeat(5_000)}</w:p>`);
    expect(await codeOf(() => runWithin(tickingBudget(), () => docxToLayout(docx)))).toBe('TIMEOUT');
  });

  it('DOC: reading characters runs out of time midway', async () => {
    const doc = new Uint8Array(readFileSync(new URL('../test/fixtures/2024-huaian-city.word97.doc', import.meta.url)));
    expect(await codeOf(() => runWithin(tickingBudget(), () => docToLayout(doc)))).toBe('TIMEOUT');
  });

  it('PDF: laying out a page runs out of time midway, after PDFium has loaded', async () => {
    expect(await codeOf(() => runWithin(tickingBudget(), () => pdfToLayout(pdfOfChars(6_000))))).toBe('TIMEOUT');
  });

  it('reading rows: a long layout runs out of time midway', async () => {
    const layout: Layout = textToLayout(prose(10_000));
    expect(await codeOf(() => runWithin(tickingBudget(), () => readLayout(layout, { validate: false })))).toBe('TIMEOUT');
  });
});

describe('parse stops a slow stage with a typed error', () => {
  it.each([
    ['text', prose(20_000)],
    ['html', `<html><body>${'<p><b>一</b></p>'.repeat(20_000)}</body></html>`],
    ['docx', minimalDocx(`<w:p>${'<w:r><w:t>一</w:t></w:r>'.repeat(20_000)}</w:p>`)],
    ['pdf', pdfOfChars(20_000)],
  ] as const)('%s: TOO_COMPLEX past maxSteps, TIMEOUT past timeoutMs', async (kind, input) => {
    expect(await codeOf(() => parse(input, { kind, maxSteps: 5_000 }))).toBe('TOO_COMPLEX');
    expect(await codeOf(() => parse(input, { kind, timeoutMs: 1 }))).toBe('TIMEOUT');
  });
});
