// Only the rules are imported here, never parseReport's module: what a program that imports `@disclosure/core/lite`
// alone sees.
import { expect, test } from 'vitest';
import { findFirstIssue } from './first-issue.ts';
import { NotAReportError } from './not-a-report.ts';
import { validate } from './validate.ts';

test('before parseReport is loaded, no issue is named and a non-report is still refused with NotAReportError', () => {
  expect(findFirstIssue({ edition: '2021' })).toBeNull();
  const refusal = (() => {
    try {
      validate({ edition: '2021' } as never);
    } catch (error) {
      return error;
    }
  })();
  expect(refusal).toBeInstanceOf(NotAReportError);
  expect((refusal as NotAReportError).detail).toBe('no edition, meta, sections or tables');
});

test('once parseReport is loaded, its first issue is named', async () => {
  await import('../parse/parse-report.ts');
  expect(findFirstIssue({ edition: '2021' })).toMatch(/^meta: /u);
  expect(findFirstIssue(7)).toBe('/: Invalid input: expected object, received number');
});
