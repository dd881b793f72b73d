import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { notQuiteReport } from '../../test/hostile-reports.ts';
import { checkAggregate } from '../aggregate/check-aggregate.ts';
import { checkContinuity } from '../continuity/check-continuity.ts';
import { parseReport } from '../parse/parse-report.ts';
import { createEmptyReport } from '../empty-report.ts';
import { assertReport, NotAReportError } from './not-a-report.ts';
import { validate } from './validate.ts';

/** Runs `check`; passes when it returns an array or throws `NotAReportError`, and fails on anything else. */
function returnsOrRefuses(check: () => unknown): void {
  try {
    expect(Array.isArray(check())).toBe(true);
  } catch (error) {
    if (!(error instanceof NotAReportError)) throw error;
    expect(error.message).toContain('parseReport');
  }
}

describe('on anything that is not a report', () => {
  it('assertReport refuses what has no report frame, naming the function', () => {
    expect(() => assertReport({ edition: '2021' }, 'toHtml')).toThrow(/^toHtml: the value is not a Report/u);
    expect(() => assertReport(createEmptyReport('2019'), 'toHtml')).not.toThrow();
  });

  it('validate says so and points to parseReport', () => {
    expect(() => validate({} as never)).toThrow(NotAReportError);
    expect(() => validate({} as never)).toThrow(/not a Report.*parseReport/u);
    expect(() => validate(null as never)).toThrow(TypeError);
  });

  it('validate, checkContinuity and checkAggregate return or throw NotAReportError, never anything else', () => {
    const input = notQuiteReport;
    fc.assert(
      fc.property(input, input, (a, b) => {
        returnsOrRefuses(() => validate(a as never));
        returnsOrRefuses(() => checkContinuity(a as never, b as never));
        returnsOrRefuses(() => checkAggregate(a as never, [b] as never));
        returnsOrRefuses(() => checkAggregate(a as never, b as never));
      }),
      { numRuns: 200 },
    );
  });

  it('parseReport never throws', () => {
    fc.assert(
      fc.property(notQuiteReport, (value) => {
        expect(typeof parseReport(value).success).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });
});
