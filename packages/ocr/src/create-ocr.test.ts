import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createOcr } from './create-ocr.ts';
import { decodeImage } from './decode-image.ts';
import { grayFromRgba } from './gray-image.ts';
import { rotateQuarter } from './rotate.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../test/fixtures/${name}`, import.meta.url)));

describe('createOcr', () => {
  it('reads a tilted, noisy 200 dpi JPEG scan of table 3 cell by cell onto the table grid', { timeout: 300_000 }, async () => {
    const ocr = await createOcr();
    const lines = (await ocr.readImage(fixture('2024-huaian-hongze-district.p3.r200-tilt.jpg')))!;
    const row = (label: string) => lines.find((line) => line.fields.some((f) => f.text === label))?.fields.map((f) => [f.column, f.text]);
    expect(row('一、本年新收政府信息公开申请数量')).toEqual([
      [0, '一、本年新收政府信息公开申请数量'], [3, '95'], [4, '0'], [5, '0'], [6, '0'], [7, '0'], [8, '0'], [9, '95'],
    ]);
    expect(row('行政处罚')).toEqual([[0, '行政处罚'], [1, '2776']]);
    const value = lines.flatMap((line) => line.fields).find((f) => f.text === '2776')!;
    expect(value.ocr?.confidence).toBeGreaterThan(0.9);
    expect(value.place).toMatchObject({ kind: 'pdf', page: 1 });
  });

  it('reads the cells under a translucent red seal stamped over table 3', { timeout: 300_000 }, async () => {
    // Page 3 of the r200-seal derived scan (scripts/make-scans.sh), cut to the top of table 3 where the seal sits.
    const ocr = await createOcr();
    const lines = (await ocr.readImage(fixture('2024-huaian-hongze-district.p3.r200-seal.table3.jpg')))!;
    const row = (label: string) => lines.find((line) => line.fields.some((f) => f.text === label))?.fields.map((f) => f.text);
    expect(row('一、本年新收政府信息公开申请数量')).toEqual(['一、本年新收政府信息公开申请数量', '95', '0', '0', '0', '0', '0', '95']);
    expect(row('二、上年结转政府信息公开申请数量')).toEqual(['二、上年结转政府信息公开申请数量', '0', '0', '0', '0', '0', '0', '0']);
  });

  it.each([1, 2])('reads the page turned by %i quarter turns', { timeout: 300_000 }, async (turns) => {
    const ocr = await createOcr();
    const image = decodeImage(fixture('2024-huaian-hongze-district.p3.r200-tilt.jpg'));
    // The top of the page (table 2) is enough, and keeps the test quick.
    const top = Math.round(image.height * 0.4);
    const turned = rotateQuarter(grayFromRgba(image.width, top, image.rgba.subarray(0, image.width * top * 4)), turns);
    const rgba = new Uint8Array(turned.width * turned.height * 4).fill(255);
    turned.data.forEach((v, i) => rgba.fill(v, i * 4, i * 4 + 3));
    const lines = await ocr.readPage({ width: turned.width, height: turned.height, rgba, dpi: 200 }, 1);
    const row = lines.find((line) => line.fields[0]?.text === '行政处罚');
    expect(row?.fields.map((f) => f.text)).toEqual(['行政处罚', '2776']);
  });

  it('reads a whole page lying on its side: a landscape image whose lines run down it', { timeout: 300_000 }, async () => {
    const ocr = await createOcr();
    const image = decodeImage(fixture('2024-huaian-hongze-district.p3.r200-tilt.jpg'));
    const turned = rotateQuarter(grayFromRgba(image.width, image.height, image.rgba), 3);
    const rgba = new Uint8Array(turned.width * turned.height * 4).fill(255);
    turned.data.forEach((v, i) => rgba.fill(v, i * 4, i * 4 + 3));
    const lines = await ocr.readPage({ width: turned.width, height: turned.height, rgba, dpi: 200 }, 1);
    const row = (label: string) => lines.find((line) => line.fields.some((f) => f.text === label))?.fields.map((f) => f.text);
    expect(row('行政处罚')).toEqual(['行政处罚', '2776']);
    expect(row('一、本年新收政府信息公开申请数量')).toEqual(['一、本年新收政府信息公开申请数量', '95', '0', '0', '0', '0', '0', '95']);
  });

  it.each([1, 3])('reads a dense table page lying on its side (%i quarter turns), which the profiles of ink do not tell', { timeout: 300_000 }, async (turns) => {
    // Page 7 of the LibreOffice print of 2025-shuyang-county (tests/conformance/derived/office-pdf), 200 dpi gray:
    // table 3's rows under headers printed one character under another, its figures aligned both ways.
    const ocr = await createOcr();
    const image = decodeImage(fixture('2025-shuyang-county.office.p7.r200.jpg'));
    const turned = rotateQuarter(grayFromRgba(image.width, image.height, image.rgba), turns);
    const rgba = new Uint8Array(turned.width * turned.height * 4).fill(255);
    turned.data.forEach((v, i) => rgba.fill(v, i * 4, i * 4 + 3));
    const lines = await ocr.readPage({ width: turned.width, height: turned.height, rgba, dpi: 200 }, 1);
    const row = (label: string) => lines.find((line) => line.fields.some((f) => f.text === label))?.fields.map((f) => f.text);
    expect(row('2.重复申请')).toEqual(['2.重复申请', '6', '1', '0', '0', '0', '0', '7']);
  });

  it('says null for bytes that are no image', async () => {
    const ocr = await createOcr();
    expect(await ocr.readImage(new TextEncoder().encode('一、总体情况'))).toBeNull();
  });
});
