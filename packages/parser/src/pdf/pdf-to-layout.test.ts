import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Layout, Line } from '../layout/layout.ts';
import { ParseError, type ParseErrorCode } from '../errors.ts';
import { extractPdfChars } from './pdf-chars.ts';
import { pdfToLayout } from './pdf-to-layout.ts';

const corpus = (name: string) => new Uint8Array(readFileSync(new URL(`../../../../fixtures/corpus/${name}.pdf`, import.meta.url)));
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url)));
const withoutSpace = (text: string) => text.replace(/\s+/gu, '');

const files = [
  { name: '2023-huaian-hongze-district', pages: 5 },
  { name: '2024-huaian-hongze-district', pages: 5 },
  { name: '2024-huaian-city', pages: 6 },
] as const;

const layouts = new Map<string, Promise<Layout>>();
function layoutOf(name: string): Promise<Layout> {
  let layout = layouts.get(name);
  if (!layout) layouts.set(name, (layout = pdfToLayout(corpus(name))));
  return layout;
}

const texts = (line: Line) => line.fields.map((field) => field.text);

/** A one-page PDF drawing `operations` (content-stream text) with Helvetica as /F1. */
function onePagePdf(operations: readonly string[]): Uint8Array {
  const content = operations.join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const offset = pdf.length;
    pdf += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}
/** The line whose first field is `label`, as its field texts. */
async function row(name: string, label: string): Promise<string[] | undefined> {
  const line = (await layoutOf(name)).lines.find((candidate) => candidate.fields[0]?.text === label);
  return line && texts(line);
}

describe('extractPdfChars', () => {
  it.each(files)('$name: reads every page and the same characters as poppler, in content order', async ({ name, pages }) => {
    const chars = await extractPdfChars(corpus(name));
    expect(new Set(chars.map((char) => char.page))).toEqual(new Set(Array.from({ length: pages }, (_, i) => i + 1)));
    const reference = readFileSync(new URL(`./__fixtures__/${name}.pdftotext-raw.txt`, import.meta.url), 'utf8');
    expect(withoutSpace(chars.map((char) => char.char).join(''))).toBe(withoutSpace(reference));
  });

  it('gives top-left boxes, baseline origins and scaled font sizes', async () => {
    const chars = await extractPdfChars(corpus('2024-huaian-city'));
    const title = chars.find((char) => char.page === 1 && char.char === '年')!;
    expect(title.top).toBeLessThan(title.bottom);
    expect(title.left).toBeLessThan(title.right);
    expect(Math.abs(title.originY - title.bottom)).toBeLessThan(title.fontSize / 2);
    // Body text is printed at 16 pt (三号) and table text at 7.5 pt; PDFium's raw size is 319 and 150 text units.
    const sizes = new Set(chars.filter((char) => char.page === 4).map((char) => Math.round(char.fontSize * 2) / 2));
    expect(sizes).toContain(16);
    expect(sizes).toContain(7.5);
    expect(chars.every((char) => char.fontSize > 1 && char.fontSize < 40)).toBe(true);
  });
});

describe('pdfToLayout', () => {
  it.each(files)('$name: keeps every character, pages in order, lines top to bottom', async ({ name, pages }) => {
    const layout = await layoutOf(name);
    expect(layout.kind).toBe('pdf');
    const reference = readFileSync(new URL(`./__fixtures__/${name}.pdftotext-raw.txt`, import.meta.url), 'utf8');
    const sorted = (text: string) => [...withoutSpace(text)].sort().join('');
    expect(sorted(layout.lines.flatMap(texts).join(''))).toBe(sorted(reference));
    expect(layout.lines.at(-1)?.page).toBe(pages);
    for (const [index, line] of layout.lines.entries()) {
      const previous = layout.lines[index - 1];
      expect(line.page).toBeDefined();
      if (previous && previous.page === line.page && line.place.kind === 'pdf' && previous.place.kind === 'pdf') {
        // Ordered by baseline: a line never starts above the previous line's top.
        expect(line.place.bbox[3]).toBeGreaterThan(previous.place.bbox[1]);
      }
      if (previous) expect(line.page!).toBeGreaterThanOrEqual(previous.page!);
    }
  });

  it('splits table 3 rows into a label and seven numbers, with places', async () => {
    expect(await row('2024-huaian-city', '一、本年新收政府信息公开申请数量')).toEqual([
      '一、本年新收政府信息公开申请数量', '3001', '53', '0', '0', '61', '4', '3119',
    ]);
    expect(await row('2024-huaian-city', '（七）总计')).toEqual(['（七）总计', '2932', '53', '0', '0', '61', '4', '3050']);
    expect(await row('2024-huaian-city', '四、结转下年度继续办理')).toEqual(['四、结转下年度继续办理', '103', '0', '0', '0', '0', '0', '103']);
    expect(await row('2023-huaian-hongze-district', '（七）总计')).toEqual(['（七）总计', '21', '0', '0', '0', '0', '0', '21']);
    expect(await row('2024-huaian-hongze-district', '一、本年新收政府信息公开申请数量')).toEqual([
      '一、本年新收政府信息公开申请数量', '95', '0', '0', '0', '0', '0', '95',
    ]);

    const line = (await layoutOf('2024-huaian-city')).lines.find((candidate) => candidate.fields[0]?.text === '（七）总计')!;
    expect(line.page).toBe(5);
    const xs = line.fields.map((field) => field.x!);
    for (let i = 1; i < xs.length; i++) expect(xs[i]![0]).toBeGreaterThan(xs[i - 1]![1]);
    const total = line.fields[7]!;
    expect(total.place).toMatchObject({ kind: 'pdf', page: 5 });
    if (total.place.kind !== 'pdf') throw new Error('expected a pdf place');
    const [left, top, right, bottom] = total.place.bbox;
    expect([left, right]).toEqual(total.x);
    expect(left).toBeGreaterThan(400);
    expect(right).toBeLessThan(560);
    expect(bottom - top).toBeGreaterThan(4);
    expect(bottom - top).toBeLessThan(10);
  });

  it.each(files)('$name: reads the vertical label 三、本年度办理结果 as one field on a line of its own', async ({ name }) => {
    const layout = await layoutOf(name);
    const lines = layout.lines.filter((line) => line.fields.some((field) => field.text.includes('本年度办理结果')));
    expect(lines.map(texts)).toEqual([['三、本年度办理结果']]);
    // Its characters are gone from the rows beside it: nothing else is left in its column on its page.
    const label = lines[0]!.fields[0]!;
    const [left, right] = label.x!;
    const beside = layout.lines
      .filter((line) => line.page === lines[0]!.page && line !== lines[0])
      .flatMap((line) => line.fields)
      .filter((field) => field.x![0] < right && field.x![1] > left && /^[三、本年度办理结果]{1,2}$/u.test(field.text));
    expect(beside).toEqual([]);
  });

  it('reads table 4 data rows as fifteen numbers in order', async () => {
    const numbers = async (name: string) =>
      (await layoutOf(name)).lines.map(texts).filter((fields) => fields.length === 15 && fields.every((text) => /^\d+$/u.test(text)));
    expect(await numbers('2024-huaian-city')).toEqual([['72', '64', '178', '37', '351', '13', '4', '8', '1', '26', '12', '1', '1', '6', '20']]);
    // The printed cells (checked against the rendered page): 10 | 1 | 0 | 0 | 0, 0 ×5, 5 | 0 | 0 | 0 | 0.
    expect(await numbers('2023-huaian-hongze-district')).toEqual([['10', '1', '0', '0', '0', '0', '0', '0', '0', '0', '5', '0', '0', '0', '0']]);
    expect(await numbers('2024-huaian-hongze-district')).toEqual([['1', '1', '0', '0', '2', '1', '0', '0', '0', '1', '2', '0', '1', '0', '3']]);
  });

  it.each(files)('$name: keeps page footers as lines of their own', async ({ name, pages }) => {
    const footers = (await layoutOf(name)).lines.filter((line) => line.fields.some((field) => /^-\s*\d+\s*-$/u.test(field.text)));
    expect(footers.map((line) => line.fields.length)).toEqual(Array.from({ length: pages }, () => 1));
    expect(footers.map((line) => line.page)).toEqual(Array.from({ length: pages }, (_, i) => i + 1));
  });

  it('keeps prose lines whole', async () => {
    const layout = await layoutOf('2024-huaian-city');
    const prose = layout.lines.find((line) => line.fields[0]?.text.startsWith('新、政策解读不通俗易懂'));
    expect(prose && texts(prose)).toEqual(['新、政策解读不通俗易懂、互动咨询不回应等问题列入重点检查']);
    // Fully justified: a full em of space after `：`, yet one field.
    const justified = (await layoutOf('2023-huaian-hongze-district')).lines.find((line) => line.fields[0]?.text.startsWith('号，邮编'));
    expect(justified && texts(justified)).toEqual(['号，邮编：223100，电话：0517-87222589，电子邮箱：']);
  });

  it('separates narrow neighbouring table cells', async () => {
    const header = (await layoutOf('2024-huaian-hongze-district')).lines.find((line) => line.fields[0]?.text === '商业');
    expect(header && texts(header)).toEqual(['商业', '科研']);
  });
});

describe('unusable input', () => {
  async function codeOf(bytes: Uint8Array, options?: Parameters<typeof pdfToLayout>[1]): Promise<ParseErrorCode | 'no error' | string> {
    try {
      await pdfToLayout(bytes, options);
      return 'no error';
    } catch (error) {
      return error instanceof ParseError ? error.code : `raw ${String(error)}`;
    }
  }

  it('rejects what is not a PDF', async () => {
    const random = new Uint8Array(4096).map((_, i) => (i * 2654435761) >>> 24);
    expect(await codeOf(random)).toBe('NOT_A_DOCUMENT');
    expect(await codeOf(new TextEncoder().encode('<html><body>2024年报告</body></html>'))).toBe('NOT_A_DOCUMENT');
    expect(await codeOf(new Uint8Array())).toBe('EMPTY_INPUT');
  });

  it('rejects a truncated or broken PDF', async () => {
    const whole = corpus('2023-huaian-hongze-district');
    expect(await codeOf(whole.slice(0, Math.floor(whole.length / 2)))).toBe('CORRUPT_PDF');
    expect(await codeOf(new TextEncoder().encode('%PDF-1.7\nnot really a pdf\n%%EOF\n'))).toBe('CORRUPT_PDF');
  });

  it('asks for OCR when the pages have no text layer', async () => {
    await expect(pdfToLayout(fixture('no-text.pdf'))).rejects.toMatchObject({ code: 'NEEDS_OCR', message: expect.stringMatching(/OCR/) });
  });

  it("asks for OCR when the only text is drawn invisibly (a scanner's OCR layer over its images), and never reads such text", async () => {
    // A tesseract layer over a 200-dpi scan of 2024-huaian-city read `0 0 0 0` by the table's rules as `10101010`.
    await expect(pdfToLayout(fixture('invisible-text.pdf'))).rejects.toMatchObject({ code: 'NEEDS_OCR', message: expect.stringMatching(/invisible/) });
    const layout = await pdfToLayout(fixture('some-invisible-text.pdf'));
    expect(layout.lines.map((line) => line.fields.map((field) => field.text).join(' '))).toEqual(['Regulations 1 0 11', 'Visible 7']);
  });

  it("parts two wide figures of neighbouring narrow cells, never a number's digits", async () => {
    // Helvetica's digits are 0.556 em wide. `16846` and `39716` 0.67 em apart, as a browser's print of a narrow
    // table leaves them; `223100` with 0.25 em between its digits, as justified prose spreads them.
    const layout = await pdfToLayout(onePagePdf(['BT /F1 10 Tf 100 700 Td (16846) Tj ET', 'BT /F1 10 Tf 134.5 700 Td (39716) Tj ET', 'BT /F1 10 Tf 2.5 Tc 100 650 Td (223100) Tj ET']));
    expect(layout.lines.map(texts)).toEqual([['16846', '39716'], ['223100']]);
  });

  it('keeps the parts of a short field whose characters stand apart in places, and no parts where none do', async () => {
    // `AB` and `CD` 0.37 em apart: one field (less than the 0.75 em that parts fields), two parts, as LibreOffice
    // prints two narrow header cells; `12` and `34` a tenth of an em apart make one figure with no parts
    const layout = await pdfToLayout(onePagePdf(['BT /F1 10 Tf 100 700 Td (AB) Tj ET', 'BT /F1 10 Tf 117 700 Td (CD) Tj ET', 'BT /F1 10 Tf 100 650 Td (12) Tj ET', 'BT /F1 10 Tf 112.1 650 Td (34) Tj ET']));
    const [upper, lower] = layout.lines.map((line) => line.fields);
    expect(upper!.map((field) => field.text)).toEqual(['ABCD']);
    expect(upper![0]!.parts?.map((part) => part.text)).toEqual(['AB', 'CD']);
    expect(upper![0]!.parts![1]!.x[0]).toBeGreaterThan(upper![0]!.parts![0]!.x[1]);
    expect(lower!.map((field) => [field.text, field.parts])).toEqual([['1234', undefined]]);
  });

  it('marks every line of a page whose text runs past its edge', async () => {
    const within = await pdfToLayout(onePagePdf(['BT /F1 10 Tf 100 700 Td (Total) Tj ET', 'BT /F1 10 Tf 500 650 Td (12345) Tj ET']));
    expect(within.lines.map((line) => line.overflows)).toEqual([undefined, undefined]);
    // a page 595 points wide: `12345` from 580 runs to 608
    const past = await pdfToLayout(onePagePdf(['BT /F1 10 Tf 100 700 Td (Total) Tj ET', 'BT /F1 10 Tf 580 650 Td (12345) Tj ET']));
    expect(past.lines.map((line) => line.overflows)).toEqual([true, true]);
  });

  it('rejects an encrypted PDF', async () => {
    expect(await codeOf(fixture('encrypted.pdf'))).toBe('ENCRYPTED_PDF');
  });

  it('enforces the size and page limits', async () => {
    const pdf = corpus('2024-huaian-city');
    expect(await codeOf(pdf, { maxBytes: 1000 })).toBe('TOO_LARGE');
    expect(await codeOf(pdf, { maxPages: 5 })).toBe('TOO_MANY_PAGES');
    expect(await codeOf(pdf, { maxPages: 6 })).toBe('no error');
  });

  it('never throws anything but a ParseError on damaged bytes, and keeps working afterwards', async () => {
    const pdf = corpus('2024-huaian-hongze-district');
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
    for (let round = 0; round < 25; round++) {
      const damaged = pdf.slice();
      const start = Math.floor(next() * (damaged.length - 2048));
      for (let i = 0; i < 64; i++) damaged[start + Math.floor(next() * 2048)] = Math.floor(next() * 256);
      const code = await codeOf(damaged);
      expect(code === 'no error' || !code.startsWith('raw')).toBe(true);
    }
    expect((await pdfToLayout(pdf)).lines.length).toBeGreaterThan(50);
  });
});
