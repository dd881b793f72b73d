import { describe, expect, test } from 'vitest';
import { makeReport } from '../../test/reports.ts';
import { aggregate } from '../aggregate/aggregate.ts';
import { indicatorCatalogue } from './catalogue.ts';
import { computeIndicator, computeIndicators } from './compute-indicators.ts';

const t3 = (row: string, value: number, column = 'total') => [`applications.${row}.${column}`, value] as const;
const t4 = (group: string, values: [number, number, number, number, number]) =>
  ['upheld', 'corrected', 'otherOutcome', 'pending', 'total'].map((column, i) => [`reviewAndLitigation.${group}.${column}`, values[i]!] as const);

/** A hand-checked 2021 report: 100 new + 20 carried over = 100 processed + 20 carried forward. */
const cells = Object.fromEntries([
  t3('newlyReceived', 60, 'naturalPerson'),
  t3('newlyReceived', 20, 'commercialEnterprise'),
  t3('newlyReceived', 5, 'researchInstitution'),
  t3('newlyReceived', 5, 'socialWelfareOrganization'),
  t3('newlyReceived', 6, 'legalServiceInstitution'),
  t3('newlyReceived', 4, 'otherOrganization'),
  t3('newlyReceived', 100),
  t3('carriedOverFromLastYear', 20),
  t3('granted', 40),
  t3('partiallyGranted', 20),
  t3('denied.stateSecret', 2),
  t3('denied.prohibitedByLaw', 0),
  t3('denied.endangersSecurityStability', 0),
  t3('denied.thirdPartyRights', 0),
  t3('denied.internalAffairs', 0),
  t3('denied.processInformation', 8),
  t3('denied.enforcementCaseFile', 0),
  t3('denied.administrativeQuery', 0),
  t3('unableToProvide.notHeld', 12),
  t3('unableToProvide.needsCreation', 3),
  t3('unableToProvide.unclearAfterCorrection', 0),
  t3('notProcessed.complaintOrPetition', 0),
  t3('notProcessed.duplicate', 5),
  t3('notProcessed.publication', 0),
  t3('notProcessed.excessiveRepeated', 0),
  t3('notProcessed.confirmOrReissue', 0),
  t3('otherHandling.overdueCorrection', 4),
  t3('otherHandling.overdueFee', 2),
  t3('otherHandling.other', 4),
  t3('totalProcessed', 100),
  t3('carriedForwardToNextYear', 20),
  ...t4('administrativeReview', [3, 2, 1, 4, 10]),
  ...t4('litigationWithoutReview', [2, 1, 0, 1, 4]),
  ...t4('litigationAfterReview', [1, 1, 0, 0, 2]),
  ['activeDisclosure.art20Item1.regulations.issuedThisYear', 1],
  ['activeDisclosure.art20Item1.normativeDocuments.issuedThisYear', 7],
  ['activeDisclosure.art20Item8.administrativeFees.feeAmount', 12.34],
]);
const report = makeReport('2021', { agency: 'hand', year: 2024 }, cells);

const expected: Record<string, number> = {
  received: 100,
  carriedOver: 20,
  processed: 100,
  grantedShare: 40 / 100,
  partiallyGrantedShare: 20 / 100,
  deniedShare: (2 + 8) / 100,
  unableToProvideShare: (12 + 3) / 100,
  notProcessedShare: 5 / 100,
  otherHandlingShare: (4 + 2 + 4) / 100,
  disclosureRate: (40 + 20) / 100,
  notHeldShare: 12 / 100,
  processInformationShare: 8 / 100,
  organisationShare: (20 + 5 + 5 + 6 + 4) / 100,
  carryForwardShare: 20 / (100 + 20),
  completionRate: 100 / (100 + 20),
  reviews: 10,
  reviewCorrectionRate: 2 / (10 - 4),
  lawsuits: 4 + 2,
  litigationLossRate: (1 + 1) / (4 - 1 + (2 - 0)),
  disputeRate: (10 + 4 + 2) / 100,
  overdueFeeShare: 2 / 100,
  documentsIssued: 1 + 7,
  feeAmount: 12.34,
};

test('the catalogue: unique IDs, each with both names, a formula and a purpose', () => {
  const ids = indicatorCatalogue.map((entry) => entry.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids.sort()).toEqual(Object.keys(expected).sort());
  for (const entry of indicatorCatalogue) {
    expect(entry.zh).toMatch(/\p{Script=Han}/u);
    expect(entry.en && entry.formula && entry.purpose).toBeTruthy();
  }
});

test.each(Object.entries(expected))('%s matches the hand-computed value', (id, value) => {
  const result = computeIndicator(report, id);
  expect(result.reason).toBeNull();
  expect(result.value).toBeCloseTo(value, 12);
  expect(result.coverage).toBe(1);
});

describe('a value that cannot be computed is null with the reason, never NaN', () => {
  test('zero denominator', () => {
    const empty = makeReport('2021', { agency: 'quiet' }, { [t3('totalProcessed', 0)[0]]: 0, [t3('granted', 0)[0]]: 0 });
    const result = computeIndicator(empty, 'grantedShare');
    expect(result).toMatchObject({ value: null, numerator: 0, denominator: 0 });
    expect(result.reason).toEqual({
      code: 'zeroDenominator',
      message: '无法计算：分母（表三 （七）总计 总计 之和）为 0',
      messageEn: 'Not computable: the denominator (the sum of Table 3 › Total processed › Total) is 0',
      paths: ['applications.totalProcessed.total'],
    });
  });

  test('blank operand', () => {
    const result = computeIndicator(makeReport('2021', {}, { [t3('totalProcessed', 9)[0]]: 9 }), 'disclosureRate');
    expect(result).toMatchObject({ value: null, coverage: 0 });
    expect(result.reason).toMatchObject({ code: 'blank', paths: ['applications.granted.total', 'applications.partiallyGranted.total'] });
  });

  test('not applicable to the edition or the layout', () => {
    expect(computeIndicator(makeReport('2019', {}), 'overdueFeeShare').reason?.code).toBe('notApplicable');
    const oneRow = makeReport('2021', {}, { 'applications.otherHandling.total': 5, 'applications.totalProcessed.total': 50 }, { singleOtherHandling: true });
    expect(computeIndicator(oneRow, 'overdueFeeShare').reason?.code).toBe('notApplicable');
    expect(computeIndicator(oneRow, 'otherHandlingShare').value).toBe(0.1);
  });

  test('no result is ever NaN or infinite', () => {
    for (const source of [makeReport('2019', {}), makeReport('2021', {}), report]) {
      for (const result of computeIndicators(source)) {
        if (result.value !== null) expect(Number.isFinite(result.value)).toBe(true);
        else expect(result.reason).not.toBeNull();
      }
    }
  });
});

test('an aggregate gives the ratio of the sums, with the share of reports behind it', () => {
  const other = makeReport('2021', { agency: 'other' }, { 'applications.granted.total': 10, 'applications.partiallyGranted.total': null, 'applications.totalProcessed.total': 50 });
  const [group] = aggregate([report, other]);
  const rate = computeIndicator(group!, 'disclosureRate');
  expect(rate).toMatchObject({ numerator: 40 + 10 + 20, denominator: 150, coverage: 0.5 });
  expect(rate.value).toBeCloseTo(70 / 150, 12);
  const [mixed] = aggregate([report, makeReport('2019', {})]);
  expect(computeIndicator(mixed!, 'feeAmount').reason?.code).toBe('notApplicable');
});

test('options.ids selects and orders; an unknown ID is a programmer error', () => {
  expect(computeIndicators(report, { ids: ['processed', 'received'] }).map((r) => r.value)).toEqual([100, 100]);
  expect(() => computeIndicators(report, { ids: ['nope'] })).toThrow(TypeError);
});
