import type { CellPath, Edition } from '@disclosure/core';

/** How an indicator's value reads: a count, a share of a whole (0–1), or money in 万元. */
export type IndicatorUnit = 'count' | 'share' | 'tenThousandYuan';

/** One indicator: `Σ numerator` or, when a denominator is given, `Σ numerator / Σ denominator`. */
export interface IndicatorEntry {
  readonly id: string;
  readonly zh: string;
  readonly en: string;
  /** The formula in cell paths, as computed. */
  readonly formula: string;
  /** What a reader or an auditor uses it for. */
  readonly purpose: string;
  readonly unit: IndicatorUnit;
  /** The editions it is defined for. */
  readonly editions: readonly Edition[];
  /** Terms added up; a `-` prefix subtracts (`-…pending`). */
  readonly numerator: readonly CellPath[];
  readonly denominator?: readonly CellPath[];
}

const both = ['2019', '2021'] as const;
const t3 = (row: string, column = 'total') => `applications.${row}.${column}`;
const denied = [
  'stateSecret',
  'prohibitedByLaw',
  'endangersSecurityStability',
  'thirdPartyRights',
  'internalAffairs',
  'processInformation',
  'enforcementCaseFile',
  'administrativeQuery',
].map((row) => t3(`denied.${row}`));
const unable = ['notHeld', 'needsCreation', 'unclearAfterCorrection'].map((row) => t3(`unableToProvide.${row}`));
const notProcessed = ['complaintOrPetition', 'duplicate', 'publication', 'excessiveRepeated', 'confirmOrReissue'].map((row) =>
  t3(`notProcessed.${row}`),
);
const organisations = ['commercialEnterprise', 'researchInstitution', 'socialWelfareOrganization', 'legalServiceInstitution', 'otherOrganization'];
const processed = [t3('totalProcessed')];
const workload = [t3('newlyReceived'), t3('carriedOverFromLastYear')];
const t4 = (group: string, column: string) => `reviewAndLitigation.${group}.${column}`;
const decided = (group: string) => [t4(group, 'total'), `-${t4(group, 'pending')}`];

function share(id: string, zh: string, en: string, numerator: readonly CellPath[], purpose: string, formula: string): IndicatorEntry {
  return { id, zh, en, formula, purpose, unit: 'share', editions: both, numerator, denominator: processed };
}

/** Every indicator, in the order they are reported. IDs are stable; add, never rename. */
export const indicatorCatalogue: readonly IndicatorEntry[] = [
  {
    id: 'received',
    zh: '本年新收申请数',
    en: 'Applications received',
    formula: 'newlyReceived.total',
    purpose: 'Demand: how many people asked this body for information this year',
    unit: 'count',
    editions: both,
    numerator: [t3('newlyReceived')],
  },
  {
    id: 'carriedOver',
    zh: '上年结转申请数',
    en: 'Applications carried over',
    formula: 'carriedOverFromLastYear.total',
    purpose: 'Backlog inherited from last year',
    unit: 'count',
    editions: both,
    numerator: [t3('carriedOverFromLastYear')],
  },
  {
    id: 'processed',
    zh: '本年办结申请数',
    en: 'Applications processed',
    formula: 'totalProcessed.total',
    purpose: 'Output: applications answered this year (the base of every outcome share)',
    unit: 'count',
    editions: both,
    numerator: processed,
  },
  share('grantedShare', '予以公开占比', 'Share granted', [t3('granted')], 'How often the information was released in full', 'granted.total / totalProcessed.total'),
  share(
    'partiallyGrantedShare',
    '部分公开占比',
    'Share partially granted',
    [t3('partiallyGranted')],
    'How often only part was released (区分处理)',
    'partiallyGranted.total / totalProcessed.total',
  ),
  share('deniedShare', '不予公开占比', 'Share denied', denied, 'How often disclosure was refused on a legal ground', 'Σ denied.*.total / totalProcessed.total'),
  share(
    'unableToProvideShare',
    '无法提供占比',
    'Share unable to provide',
    unable,
    'How often the body said it could not provide the information',
    'Σ unableToProvide.*.total / totalProcessed.total',
  ),
  share(
    'notProcessedShare',
    '不予处理占比',
    'Share not processed',
    notProcessed,
    'How often an application was set aside without an answer on the merits',
    'Σ notProcessed.*.total / totalProcessed.total',
  ),
  share(
    'otherHandlingShare',
    '其他处理占比',
    'Share handled otherwise',
    [t3('otherHandling')],
    'Withdrawn, lapsed and other endings (2021: the three sub-rows summed)',
    'otherHandling.total / totalProcessed.total',
  ),
  share(
    'disclosureRate',
    '公开率',
    'Disclosure rate',
    [t3('granted'), t3('partiallyGranted')],
    'The headline openness figure: answers that released information in full or in part',
    '(granted.total + partiallyGranted.total) / totalProcessed.total',
  ),
  share(
    'notHeldShare',
    '不掌握信息占比',
    'Share "information not held"',
    [t3('unableToProvide.notHeld')],
    'An often-overused answer; a high share deserves a closer look',
    'unableToProvide.notHeld.total / totalProcessed.total',
  ),
  share(
    'processInformationShare',
    '过程性信息不予公开占比',
    'Share denied as process information',
    [t3('denied.processInformation')],
    'The most contested ground for refusal (四类过程性信息)',
    'denied.processInformation.total / totalProcessed.total',
  ),
  {
    id: 'organisationShare',
    zh: '法人或其他组织申请占比',
    en: 'Share of applications from organisations',
    formula: 'Σ newlyReceived.{commercialEnterprise,researchInstitution,socialWelfareOrganization,legalServiceInstitution,otherOrganization} / newlyReceived.total',
    purpose: 'Who asks: businesses, research, NGOs and lawyers rather than private persons',
    unit: 'share',
    editions: both,
    numerator: organisations.map((column) => t3('newlyReceived', column)),
    denominator: [t3('newlyReceived')],
  },
  {
    id: 'carryForwardShare',
    zh: '结转下年度占比',
    en: 'Carry-forward share',
    formula: 'carriedForwardToNextYear.total / (newlyReceived.total + carriedOverFromLastYear.total)',
    purpose: 'Timeliness: the part of this year’s workload left for next year',
    unit: 'share',
    editions: both,
    numerator: [t3('carriedForwardToNextYear')],
    denominator: workload,
  },
  {
    id: 'completionRate',
    zh: '办结率',
    en: 'Completion rate',
    formula: 'totalProcessed.total / (newlyReceived.total + carriedOverFromLastYear.total)',
    purpose: 'Timeliness: the part of this year’s workload answered within the year',
    unit: 'share',
    editions: both,
    numerator: processed,
    denominator: workload,
  },
  {
    id: 'reviews',
    zh: '行政复议数',
    en: 'Administrative reviews',
    formula: 'administrativeReview.total',
    purpose: 'Disputes: reviews brought against the body’s disclosure decisions',
    unit: 'count',
    editions: both,
    numerator: [t4('administrativeReview', 'total')],
  },
  {
    id: 'reviewCorrectionRate',
    zh: '行政复议纠错率',
    en: 'Review correction rate',
    formula: 'administrativeReview.corrected / (administrativeReview.total − administrativeReview.pending)',
    purpose: 'Quality of decisions: how often a decided review found the body wrong',
    unit: 'share',
    editions: both,
    numerator: [t4('administrativeReview', 'corrected')],
    denominator: decided('administrativeReview'),
  },
  {
    id: 'lawsuits',
    zh: '行政诉讼数',
    en: 'Lawsuits',
    formula: 'litigationWithoutReview.total + litigationAfterReview.total',
    purpose: 'Disputes taken to court (spec T4.R3)',
    unit: 'count',
    editions: both,
    numerator: [t4('litigationWithoutReview', 'total'), t4('litigationAfterReview', 'total')],
  },
  {
    id: 'litigationLossRate',
    zh: '行政诉讼败诉率',
    en: 'Litigation loss rate',
    formula:
      '(litigationWithoutReview.corrected + litigationAfterReview.corrected) / (litigationWithoutReview.total − litigationWithoutReview.pending + litigationAfterReview.total − litigationAfterReview.pending)',
    purpose: 'Quality of decisions: how often a decided lawsuit went against the body',
    unit: 'share',
    editions: both,
    numerator: [t4('litigationWithoutReview', 'corrected'), t4('litigationAfterReview', 'corrected')],
    denominator: [...decided('litigationWithoutReview'), ...decided('litigationAfterReview')],
  },
  {
    id: 'disputeRate',
    zh: '复议诉讼率',
    en: 'Dispute rate',
    formula: '(administrativeReview.total + litigationWithoutReview.total + litigationAfterReview.total) / totalProcessed.total',
    purpose: 'How many answers were challenged, per application processed',
    unit: 'share',
    editions: both,
    numerator: [t4('administrativeReview', 'total'), t4('litigationWithoutReview', 'total'), t4('litigationAfterReview', 'total')],
    denominator: processed,
  },
  {
    id: 'overdueFeeShare',
    zh: '逾期未缴费不再处理占比',
    en: 'Share ended for unpaid fees',
    formula: 'otherHandling.overdueFee.total / totalProcessed.total',
    purpose: 'Whether fees (国办函〔2020〕109号) deter applicants (2021 edition, three sub-rows)',
    unit: 'share',
    editions: ['2021'],
    numerator: [t3('otherHandling.overdueFee')],
    denominator: processed,
  },
  {
    id: 'documentsIssued',
    zh: '本年制发规章和行政规范性文件数',
    en: 'Rules and normative documents issued',
    formula: 'art20Item1.regulations.issuedThisYear + art20Item1.normativeDocuments.issuedThisYear',
    purpose: 'Proactive disclosure: new rule-making published (2021 edition)',
    unit: 'count',
    editions: ['2021'],
    numerator: ['activeDisclosure.art20Item1.regulations.issuedThisYear', 'activeDisclosure.art20Item1.normativeDocuments.issuedThisYear'],
  },
  {
    id: 'feeAmount',
    zh: '行政事业性收费金额（万元）',
    en: 'Administrative fees collected (10,000 yuan)',
    formula: 'art20Item8.administrativeFees.feeAmount',
    purpose: 'Proactive disclosure of fee income (2021 edition)',
    unit: 'tenThousandYuan',
    editions: ['2021'],
    numerator: ['activeDisclosure.art20Item8.administrativeFees.feeAmount'],
  },
];

/** The ID of an indicator in `indicatorCatalogue`. */
export type IndicatorId = (typeof indicatorCatalogue)[number]['id'];
