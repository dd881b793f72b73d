import { expect, test } from 'vitest';
import type { Language } from './language.ts';
import { describeValue } from './describe-value.ts';

const cases: [number | string | null | undefined, Language, string][] = [
  ['unknown', 'zh', '未注明'],
  ['unknown', 'en', 'not stated'],
  ['元 | 万元', 'zh', '元或万元'],
  ['元 | 万元', 'en', 'yuan or 10,000 yuan'],
  ['>= 12', 'zh', '不少于 12'],
  ['<= 1000000', 'en', 'at most 1000000'],
  [null, 'zh', '空'],
  [undefined, 'en', 'blank'],
  [-3, 'en', '-3'],
  // text printed in the document is quoted as printed
  ['12,000元', 'en', '“12,000元”'],
];

test.each(cases)('%j in %s: %s', (value, language, words) => {
  expect(describeValue(value, language)).toBe(words);
});
