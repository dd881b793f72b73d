import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEmptyReport, NotAReportError } from '@disclosure/core';
import { notQuiteReport } from '../../core/test/hostile-reports.ts';
import {
  aggregate,
  checkMembers,
  compareReports,
  compareYears,
  computeIndicators,
  describeDistribution,
  findSimilarPairs,
  identifyReport,
  rankBy,
  streamIndicators,
  toOutcomeChart,
  toRecords,
  toSeriesChart,
} from './index.ts';

/** Runs `use`; passes when it returns or throws `NotAReportError`, and fails on anything else. */
function returnsOrRefuses(use: () => unknown): void {
  try {
    const out = use();
    if (out && typeof out === 'object' && Symbol.iterator in out) [...(out as Iterable<unknown>)];
  } catch (error) {
    if (!(error instanceof NotAReportError)) throw error;
    expect(error.message).toContain('parseReport');
  }
}

describe('stats on what may not be a report', () => {
  it('functions of one or two reports return or throw NotAReportError, even deep inside a report', () => {
    fc.assert(
      fc.property(notQuiteReport, notQuiteReport, (a, b) => {
        returnsOrRefuses(() => computeIndicators(a as never));
        returnsOrRefuses(() => toOutcomeChart(a as never));
        returnsOrRefuses(() => compareReports(a as never, b as never));
        returnsOrRefuses(() => identifyReport(a as never, 0));
        returnsOrRefuses(() => checkMembers(a as never, [b as never]));
      }),
      { numRuns: 100 },
    );
  });

  it('functions of many reports throw NotAReportError for an element that is not one', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const list = [value] as never[];
        returnsOrRefuses(() => aggregate(list));
        returnsOrRefuses(() => rankBy(list, 'grantRate'));
        returnsOrRefuses(() => describeDistribution(list, 'grantRate'));
        returnsOrRefuses(() => toRecords(list));
        returnsOrRefuses(() => streamIndicators(list));
        returnsOrRefuses(() => compareYears(list));
        returnsOrRefuses(() => findSimilarPairs([value, value] as never[]));
        returnsOrRefuses(() => toSeriesChart(list, 'applications.newlyReceived.total'));
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a report whose title or agency is an object that converts to no string (fast-check seed 61199854)', () => {
    const withMeta = (meta: object) => ({ ...createEmptyReport('2021'), meta: { ...createEmptyReport('2021').meta, year: 2022, ...meta } });
    expect(() => identifyReport(withMeta({ title: { toString: 0 } }) as never, 0)).toThrow(NotAReportError);
    expect(() => toOutcomeChart(withMeta({ agency: { toString: 0 } }) as never)).toThrow(NotAReportError);
    expect(() => toSeriesChart([withMeta({ agency: { toString: 0 } })] as never, 'received')).toThrow(NotAReportError);
  });
});
