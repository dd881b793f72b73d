import * as CFB from 'cfb';
import { strToU8, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { detectKindOnDemand } from './detect-kind-on-demand.ts';
import { detectKind } from './detect-kind.ts';

const fixture = (path: string) => new Uint8Array(readFileSync(new URL(path, import.meta.url)));

test('detectKindOnDemand gives what detectKind gives, containers included', async () => {
  const compound = CFB.utils.cfb_new();
  CFB.utils.cfb_add(compound, 'Workbook', new Uint8Array(8));
  const inputs: (string | Uint8Array)[] = [
    '',
    '<!doctype html><table><tr><td>1</td></tr></table>',
    '一、总体情况\n二、主动公开政府信息情况',
    new Uint8Array(0),
    strToU8('%PDF-1.7\n'),
    strToU8('二、主动公开政府信息情况\t1\t2'),
    new Uint8Array([0xff, 0xfe, 0x41, 0x00]),
    zipSync({ 'word/document.xml': strToU8('<w:document/>') }),
    zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }),
    new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
    new Uint8Array(CFB.write(compound, { type: 'array' }) as number[]),
    fixture('../test/fixtures/2020-yueqing-xianxi-town.docx'),
    fixture('../test/fixtures/2020-yueqing-xianxi-town.word97.doc'),
    fixture('../test/fixtures/2024-huaian-city.gb2312.html'),
    fixture('../../../fixtures/corpus/2024-huaian-city.pdf'),
    fixture('../../../fixtures/corpus/2020-yueqing-xianxi-town.txt'),
  ];
  for (const input of inputs) expect(await detectKindOnDemand(input)).toBe(detectKind(input));
  expect(await Promise.all(inputs.slice(-5).map(detectKindOnDemand))).toEqual(['docx', 'doc', 'html', 'pdf', 'text']);
});
