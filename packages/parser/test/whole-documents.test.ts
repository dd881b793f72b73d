import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listCellPaths, getCell, type Report } from '@disclosure/core';
import { parse } from '@disclosure/parser';
import { corpusCases, withoutSpace } from './corpus.ts';

const fixtures = new URL('./fixtures/', import.meta.url);
const expectedOf = (name: string) => corpusCases().find((c) => c.name === name)!.expected;

function expectSameReport(actual: Report, expected: Report): void {
  expect(actual.edition).toBe(expected.edition);
  for (const path of listCellPaths(expected)) expect(getCell(actual, path), path).toBe(getCell(expected, path));
  for (const key of Object.keys(expected.sections) as Array<keyof Report['sections']>) {
    expect(actual.sections[key]?.title, key).toBe(expected.sections[key]?.title);
    expect(withoutSpace(actual.sections[key]?.text), key).toBe(withoutSpace(expected.sections[key]?.text));
  }
}

describe('whole reports in the formats the corpus lacks', () => {
  it('reads an HTML page served in GB2312 (decoded as GB18030), with merged cells', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('2024-huaian-city.gb2312.html', fixtures)));
    const { report, sourceMap } = await parse(bytes);
    expectSameReport(report, expectedOf('2024-huaian-city'));
    expect(sourceMap['applications.newlyReceived.total']).toMatchObject({ kind: 'html' });
  });

  it('reads a Word document with gridSpan and vMerge, of the 2019 edition', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('2020-yueqing-xianxi-town.docx', fixtures)));
    const { report, sourceMap } = await parse(bytes);
    expectSameReport(report, expectedOf('2020-yueqing-xianxi-town'));
    expect(sourceMap['applications.newlyReceived.total']).toMatchObject({ kind: 'docx' });
  });

  it.each(['2020-yueqing-xianxi-town', '2024-huaian-city'])('reads %s saved as Word 97 (.doc) by LibreOffice', async (name) => {
    const bytes = new Uint8Array(readFileSync(new URL(`${name}.word97.doc`, fixtures)));
    const { report, sourceMap } = await parse(bytes);
    expectSameReport(report, expectedOf(name));
    expect(sourceMap['applications.newlyReceived.total']).toMatchObject({ kind: 'docx' });
  });
});
