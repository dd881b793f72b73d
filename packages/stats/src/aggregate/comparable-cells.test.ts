import { expect, test } from 'vitest';
import { listComparableCells } from './comparable-cells.ts';

test('one edition: every cell compares', () => {
  expect(listComparableCells(['2019']).comparable).toHaveLength(22 + 23 * 7 + 15);
  expect(listComparableCells(['2021']).comparable).toHaveLength(10 + 25 * 7 + 7 + 15);
  expect(listComparableCells(['2021', '2021']).notComparable).toEqual([]);
});

test('both editions: table 3 (with the （六） row) and table 4 compare; table 2 and the （六） sub-rows do not', () => {
  const { comparable, notComparable } = listComparableCells(['2019', '2021']);
  expect(comparable).toHaveLength(23 * 7 + 15);
  expect(comparable).toContain('applications.otherHandling.total');
  expect(comparable.some((path) => path.startsWith('activeDisclosure.'))).toBe(false);
  expect(notComparable).toHaveLength(22 + 10 + 21);
  expect(notComparable.find((cell) => cell.path === 'applications.otherHandling.overdueFee.total')).toMatchObject({
    zh: '（六）其他处理 · 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 · 总计',
    editions: ['2021'],
  });
  expect(notComparable.find((cell) => cell.path === 'activeDisclosure.art20Item1.regulations.newlyMade')!.reasonEn).toMatch(/table 2/);
});
