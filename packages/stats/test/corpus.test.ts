import { expect, test } from 'vitest';
import { aggregate, computeIndicator, computeIndicators, describeDistribution } from '../src/index.ts';
import { corpusReports } from './reports.ts';

const corpus = corpusReports();
const all = [...corpus.values()];

test('the corpus: five 2021-edition reports and one 2019-edition report', () => {
  expect(all.map((r) => r.edition).sort()).toEqual(['2019', '2021', '2021', '2021', '2021', '2021']);
});

test('sums across both editions: table 3 and 4 only, （六） rows and sub-rows brought together, blanks not counted', () => {
  const [group] = aggregate(all);
  expect(group!.editions).toEqual({ '2019': 1, '2021': 5 });
  expect(group!.cells['applications.newlyReceived.total']).toMatchObject({ value: 0 + 74 + 21 + 3119 + 95 + 713, contributors: 6 });
  expect(group!.cells['applications.totalProcessed.total']!.value).toBe(0 + 75 + 21 + 3050 + 95 + 718);
  // 仙溪 2019 row 0; 平潭 2+0+2; 洪泽 2023 and 2024 one row 0; 淮安市 71+6+110; 沭阳 9+7+143
  expect(group!.cells['applications.otherHandling.total']).toMatchObject({ value: 350, contributors: 6, derived: true });
  // 仙溪 leaves 行政复议 blank: summed over the other five, and named
  expect(group!.cells['reviewAndLitigation.administrativeReview.total']).toMatchObject({
    value: 2 + 0 + 351 + 2 + 61,
    contributors: 5,
    blankCount: 1,
    blank: ['乐清市仙溪镇人民政府 2020'],
  });
  expect(group!.cells['activeDisclosure.art20Item8.administrativeFees.feeAmount']).toBeUndefined();
  expect(group!.notComparable).toHaveLength(22 + 10 + 21);
});

test('the 2021-edition reports alone keep table 2, money summed exactly', () => {
  const [group] = aggregate(all.filter((r) => r.edition === '2021'));
  expect(group!.cells['activeDisclosure.art20Item8.administrativeFees.feeAmount']).toMatchObject({ exact: '124631.448', value: 124631.448, contributors: 5 });
  // the two 洪泽区 reports print （六） as one row: absent from the sub-rows, named
  expect(group!.cells['applications.otherHandling.other.total']).toMatchObject({
    value: 2 + 110 + 143,
    contributors: 3,
    absentCount: 2,
    absent: ['淮安市洪泽区人民政府 2023', '淮安市洪泽区人民政府 2024'],
  });
});

test('indicators of 淮安市 2024 against the printed figures', () => {
  const city = corpus.get('2024-huaian-city')!;
  expect(computeIndicator(city, 'disclosureRate').value).toBeCloseTo((1362 + 454) / 3050, 12);
  expect(computeIndicator(city, 'reviewCorrectionRate').value).toBeCloseTo(64 / (351 - 37), 12);
  expect(computeIndicator(city, 'litigationLossRate').value).toBeCloseTo((4 + 1) / (26 - 1 + (20 - 6)), 12);
  expect(computeIndicator(city, 'carryForwardShare').value).toBeCloseTo(103 / (3119 + 34), 12);
  expect(computeIndicator(city, 'otherHandlingShare').value).toBeCloseTo((71 + 6 + 110) / 3050, 12);
});

test('what cannot be computed in the corpus says why', () => {
  const xianxi = corpus.get('2020-yueqing-xianxi-town')!;
  expect(computeIndicator(xianxi, 'grantedShare').reason?.code).toBe('zeroDenominator');
  expect(computeIndicator(xianxi, 'reviews').reason?.code).toBe('blank');
  expect(computeIndicator(xianxi, 'feeAmount').reason?.code).toBe('notApplicable');
  // 洪泽 2023 prints 行政复议 total 0 beside 10 upheld (a real, printed imbalance): no rate from a 0 denominator
  expect(computeIndicator(corpus.get('2023-huaian-hongze-district')!, 'reviewCorrectionRate').reason?.code).toBe('zeroDenominator');
  for (const report of all) for (const value of computeIndicators(report)) expect(value.value === null || Number.isFinite(value.value)).toBe(true);
});

test('the distribution of the disclosure rate over the corpus', () => {
  const distribution = describeDistribution(all, 'disclosureRate');
  expect(distribution.count).toBe(5);
  expect(distribution.missing).toBe(1);
  expect(distribution.median).toBeCloseTo((294 + 101) / 718, 12);
});
