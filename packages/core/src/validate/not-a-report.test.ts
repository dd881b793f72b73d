import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { balancedReport } from '../../test/balanced.ts';
import { checkAggregate } from '../aggregate/check-aggregate.ts';
import { checkContinuity } from '../continuity/check-continuity.ts';
import { parseReport } from '../parse/parse-report.ts';
import { NotAReportError } from './not-a-report.ts';
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

/** Every path to a value inside `value` (objects and arrays), the root excluded. */
function pathsOf(value: unknown, base: readonly string[] = []): string[][] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => [[...base, key], ...pathsOf(child, [...base, key])]);
}

/** A balanced report with the value at one of its paths replaced: the shape of a half-right JSON upload. */
const damagedReport = fc
  .tuple(fc.constantFrom('2019', '2021', '2021-single' as const), fc.integer(), fc.nat(), fc.anything())
  .map(([variant, seed, at, replacement]) => {
    const report = balancedReport(variant, seed) as unknown as Record<string, unknown>;
    const paths = pathsOf(report);
    const path = paths[at % paths.length]!;
    let node = report;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
    node[path.at(-1)!] = replacement;
    return report;
  });

describe('on anything that is not a report', () => {
  it('validate says so and points to parseReport', () => {
    expect(() => validate({} as never)).toThrow(NotAReportError);
    expect(() => validate({} as never)).toThrow(/not a Report.*parseReport/u);
    expect(() => validate(null as never)).toThrow(TypeError);
  });

  it('validate, checkContinuity and checkAggregate return or throw NotAReportError, never anything else', () => {
    const input = fc.oneof(fc.anything(), damagedReport);
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
      fc.property(fc.oneof(fc.anything(), damagedReport), (value) => {
        expect(typeof parseReport(value).success).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });
});
