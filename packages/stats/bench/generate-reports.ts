import type { ApplicantColumns, Outcome, Report, Report2019, Report2021 } from '@disclosure/core';

const sections = { overview: null, activeDisclosure: null, applications: null, reviewAndLitigation: null, problemsAndImprovements: null, otherMatters: null };

// One module-level generator state and plain functions: closures made per report would cost more than the work measured.
let state = 0;

/** The next number of a small deterministic pseudo-random stream (mulberry32), so every run measures the same reports. */
function next(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

function n(): number | null {
  return next() < 0.01 ? null : Math.floor(next() * 20);
}

function row(): ApplicantColumns {
  const a = n();
  const b = n();
  const c = n();
  const d = n();
  const e = n();
  const f = n();
  const total = a === null || b === null || c === null || d === null || e === null || f === null ? null : a + b + c + d + e + f;
  return {
    naturalPerson: a,
    commercialEnterprise: b,
    researchInstitution: c,
    socialWelfareOrganization: d,
    legalServiceInstitution: e,
    otherOrganization: f,
    total,
  };
}

function outcome(): Outcome {
  return { upheld: n(), corrected: n(), otherOutcome: n(), pending: n(), total: n() };
}

function docs2019() {
  return { newlyMade: n(), newlyPublished: n(), totalPublished: n() };
}

function items2019() {
  return { previousYearItems: n(), changeThisYear: n(), decisions: n() };
}

function docs2021() {
  return { issuedThisYear: n(), repealedThisYear: n(), currentlyValid: n() };
}

/**
 * The `i`-th synthetic report: 80% 2021 edition with three （六） sub-rows, 10% 2021 with one （六） row, 10%
 * 2019; about 1% of cells blank; money with two decimals; 50 regions, four levels, years 2019–2025.
 */
export function generateReport(i: number): Report {
  state = Math.imul(i + 1, 0x9e3779b1) >>> 0;
  const kind = next();
  const year = kind < 0.1 ? 2019 + (i % 2) : 2021 + (i % 5);
  const meta = {
    title: null,
    agency: `机关${i}`,
    region: `地区${i % 50}`,
    year,
    scope: 'agency' as const,
    level: (['provincial', 'city', 'county', 'township'] as const)[i % 4]!,
    source: { kind: 'manual' as const },
  };
  const common = {
    newlyReceived: row(),
    carriedOverFromLastYear: row(),
    granted: row(),
    partiallyGranted: row(),
    denied: {
      stateSecret: row(),
      prohibitedByLaw: row(),
      endangersSecurityStability: row(),
      thirdPartyRights: row(),
      internalAffairs: row(),
      processInformation: row(),
      enforcementCaseFile: row(),
      administrativeQuery: row(),
    },
    unableToProvide: { notHeld: row(), needsCreation: row(), unclearAfterCorrection: row() },
    notProcessed: { complaintOrPetition: row(), duplicate: row(), publication: row(), excessiveRepeated: row(), confirmOrReissue: row() },
    totalProcessed: row(),
    carriedForwardToNextYear: row(),
  };
  const reviewAndLitigation = { administrativeReview: outcome(), litigationWithoutReview: outcome(), litigationAfterReview: outcome() };
  if (kind < 0.1) {
    const report: Report2019 = {
      edition: '2019',
      meta,
      sections,
      tables: {
        activeDisclosure: {
          art20Item1: { regulations: docs2019(), normativeDocuments: docs2019() },
          art20Item5: { administrativeLicensing: items2019(), otherExternalServices: items2019() },
          art20Item6: { administrativePenalty: items2019(), administrativeCompulsion: items2019() },
          art20Item8: { administrativeFees: { previousYearItems: n(), changeThisYear: n() } },
          art20Item9: { centralizedProcurement: { procurementProjects: n(), procurementTotalAmount: Math.round(next() * 1e6) / 100 } },
        },
        applications: { ...common, otherHandling: row() },
        reviewAndLitigation,
      },
    };
    return report;
  }
  const report: Report2021 = {
    edition: '2021',
    meta,
    sections,
    tables: {
      activeDisclosure: {
        art20Item1: { regulations: docs2021(), normativeDocuments: docs2021() },
        art20Item5: { administrativeLicensing: { decisionsThisYear: n() } },
        art20Item6: { administrativePenalty: { decisionsThisYear: n() }, administrativeCompulsion: { decisionsThisYear: n() } },
        art20Item8: { administrativeFees: { feeAmount: Math.round(next() * 1e6) / 100 } },
      },
      applications: { ...common, otherHandling: kind < 0.2 ? row() : { overdueCorrection: row(), overdueFee: row(), other: row() } },
      reviewAndLitigation,
    },
  };
  return report;
}

/** `count` synthetic reports, made one at a time as they are consumed (never all held at once). */
export function* generateReports(count: number): Generator<Report> {
  for (let i = 0; i < count; i++) yield generateReport(i);
}

/** The same as an async iterable, as reports read from disk or the network would arrive. */
export async function* streamReports(count: number): AsyncGenerator<Report> {
  for (let i = 0; i < count; i++) yield generateReport(i);
}
