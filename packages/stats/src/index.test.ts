import { expect, test } from 'vitest';
import * as stats from './index.ts';

test('the public runtime API is exactly these names', () => {
  expect(Object.keys(stats).sort()).toEqual([
    'aggregate',
    'canonicalCells',
    'checkMembers',
    'compareReports',
    'compareYears',
    'computeIndicator',
    'computeIndicators',
    'computeQuantile',
    'describeDistribution',
    'findSimilarPairs',
    'identifyReport',
    'indicatorCatalogue',
    'isAggregate',
    'listComparableCells',
    'rankBy',
    'recordColumns',
    'streamIndicators',
    'toCsv',
    'toJsonLines',
    'toOutcomeChart',
    'toParquet',
    'toRankingChart',
    'toRecords',
    'toSeriesChart',
  ]);
});
