import { expect, test } from 'vitest';
import { describeValue } from './describe-value.ts';

test('values in words of one language: catalogue words, bounds, blanks, printed text quoted', () => {
  expect(describeValue('unknown', 'zh')).toBe('未注明');
  expect(describeValue('unknown', 'en')).toBe('not stated');
  expect(describeValue('元 | 万元', 'zh')).toBe('元或万元');
  expect(describeValue('元 | 万元', 'en')).toBe('yuan or 10,000 yuan');
  expect(describeValue('>= 12', 'zh')).toBe('不少于 12');
  expect(describeValue('<= 1000000', 'en')).toBe('at most 1000000');
  expect(describeValue(null, 'zh')).toBe('空');
  expect(describeValue(undefined, 'en')).toBe('blank');
  expect(describeValue(-3, 'en')).toBe('-3');
  expect(describeValue('12,000元', 'en')).toBe('“12,000元”');
});
