import { expect, test } from 'vitest';
import { listCellPaths } from '../paths/cell-path.ts';
import { describeCell, describeCells } from './describe-cell.ts';

test('a cell reads as table, row and column in printed labels, in either language', () => {
  expect(describeCell('reviewAndLitigation.administrativeReview.total', 'zh')).toBe('表四 行政复议 总计');
  expect(describeCell('reviewAndLitigation.administrativeReview.total', 'en')).toBe('Table 4 › Administrative review › Total');
  expect(describeCell('reviewAndLitigation.litigationAfterReview.upheld', 'zh')).toBe('表四 行政诉讼 复议后起诉 结果维持');
  expect(describeCell('applications.denied.stateSecret.naturalPerson', 'zh')).toBe('表三 （三）不予公开 1.属于国家秘密 自然人');
  expect(describeCell('applications.denied.stateSecret.naturalPerson', 'en')).toBe('Table 3 › Not disclosed › State secret › Natural persons');
  // the row's note in brackets is left out; 其他 under 法人或其他组织 is not the row 3.其他
  expect(describeCell('applications.partiallyGranted.otherOrganization', 'zh')).toBe('表三 （二）部分公开 法人或其他组织·其他');
  expect(describeCell('activeDisclosure.art20Item1.regulations.issuedThisYear', 'zh')).toBe('表二 规章 本年制发件数');
  expect(describeCell('applications.otherHandling.total', 'zh')).toBe('表三 （六）其他处理 总计');
});

test('row, group and table paths name the row, group or table; other strings come back unchanged', () => {
  expect(describeCell('applications.newlyReceived', 'zh')).toBe('表三 一、本年新收政府信息公开申请数量');
  expect(describeCell('applications.denied', 'en')).toBe('Table 3 › Not disclosed');
  expect(describeCell('activeDisclosure', 'zh')).toBe('表二');
  expect(describeCell('no.such.path', 'zh')).toBe('no.such.path');
});

test('every cell of both editions has a label without a path or a word of the other language', () => {
  for (const path of new Set([...listCellPaths('2019'), ...listCellPaths('2021')])) {
    const zh = describeCell(path, 'zh');
    const en = describeCell(path, 'en');
    expect(zh).not.toMatch(/[A-Za-z]/u);
    expect(en).not.toMatch(/\p{Script=Han}/u);
    expect(en.startsWith('Table ')).toBe(true);
  }
});

test('a list says each table and row once', () => {
  const group = ['total', 'upheld', 'corrected'].map((column) => `reviewAndLitigation.administrativeReview.${column}`);
  expect(describeCells(group, 'zh')).toBe('表四 行政复议 总计、结果维持、结果纠正');
  expect(describeCells(group, 'en')).toBe('Table 4 › Administrative review › Total, Upheld, Corrected');
  const rows = ['applications.granted.total', 'applications.partiallyGranted.total', 'reviewAndLitigation.administrativeReview.total'];
  expect(describeCells([...rows, rows[0]!], 'zh')).toBe('表三 （一）予以公开 总计；（二）部分公开 总计；表四 行政复议 总计');
  expect(describeCells(rows, 'en')).toBe('Table 3 › Granted › Total; Partially granted › Total; Table 4 › Administrative review › Total');
});
