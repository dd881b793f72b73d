import type { Report } from '@disclosure/core';
import { identifyReport, toReportRef } from '../aggregate/report-ref.ts';
import type { ReportRef } from '../aggregate/types.ts';
import { isAsyncIterable } from '../input/is-async-iterable.ts';
import { computeIndicators, type IndicatorOptions, type IndicatorValue } from './compute-indicators.ts';

/** One report's indicators, as `streamIndicators` yields them. */
export interface ReportIndicators {
  readonly report: ReportRef;
  readonly indicators: readonly IndicatorValue[];
}

/** Options of `streamIndicators`. */
export interface StreamIndicatorOptions extends IndicatorOptions {
  /** How a report is named. Default `identifyReport`: `<agency> <year>`. */
  readonly id?: ((report: Report, index: number) => string) | undefined;
}

function* iterateSync(reports: Iterable<Report>, options: StreamIndicatorOptions): Generator<ReportIndicators> {
  const id = options.id ?? identifyReport;
  let index = 0;
  for (const report of reports) {
    yield { report: toReportRef(report, id(report, index++)), indicators: computeIndicators(report, options) };
  }
}

async function* iterateAsync(reports: AsyncIterable<Report>, options: StreamIndicatorOptions): AsyncGenerator<ReportIndicators> {
  const id = options.id ?? identifyReport;
  let index = 0;
  for await (const report of reports) {
    yield { report: toReportRef(report, id(report, index++)), indicators: computeIndicators(report, options) };
  }
}

/**
 * The indicators of each report as it comes: a generator over an iterable, an async generator over an async
 * iterable. Nothing is kept between reports, so memory stays bounded on any number of them.
 */
export function streamIndicators(reports: Iterable<Report>, options?: StreamIndicatorOptions): Generator<ReportIndicators>;
export function streamIndicators(reports: AsyncIterable<Report>, options?: StreamIndicatorOptions): AsyncGenerator<ReportIndicators>;
export function streamIndicators(
  reports: Iterable<Report> | AsyncIterable<Report>,
  options: StreamIndicatorOptions = {},
): Generator<ReportIndicators> | AsyncGenerator<ReportIndicators> {
  return isAsyncIterable(reports) ? iterateAsync(reports, options) : iterateSync(reports, options);
}
