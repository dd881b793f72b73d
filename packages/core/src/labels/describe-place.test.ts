import { expect, test } from 'vitest';
import { describePlace } from './describe-place.ts';

test('a place in words', () => {
  expect(describePlace({ kind: 'text', line: 57, column: 3 }, 'zh')).toBe('第 57 行第 3 列');
  expect(describePlace({ kind: 'pdf', page: 4, bbox: [0, 0, 1, 1] }, 'en')).toBe('page 4');
  expect(describePlace({ kind: 'html', table: 2, row: 5, cell: 3 }, 'en')).toBe('table 2, row 5, cell 3');
  expect(describePlace({ kind: 'html', table: 0, row: 7, cell: 1 }, 'zh')).toBe('正文第 7 段');
  expect(describePlace({ kind: 'docx', table: 1, row: 2, cell: 3 }, 'zh')).toBe('第 1 个表格第 2 行第 3 格');
});
