import { z } from 'zod';
import { CellSchema } from './cell.ts';

/** The seven applicant columns of one table 3 row (spec §5.1). */
export const ApplicantColumnsSchema = z.object({
  naturalPerson: CellSchema,
  commercialEnterprise: CellSchema,
  researchInstitution: CellSchema,
  socialWelfareOrganization: CellSchema,
  legalServiceInstitution: CellSchema,
  otherOrganization: CellSchema,
  total: CellSchema,
});
export type ApplicantColumns = z.infer<typeof ApplicantColumnsSchema>;

const DeniedSchema = z.object({
  stateSecret: ApplicantColumnsSchema,
  prohibitedByLaw: ApplicantColumnsSchema,
  endangersSecurityStability: ApplicantColumnsSchema,
  thirdPartyRights: ApplicantColumnsSchema,
  internalAffairs: ApplicantColumnsSchema,
  processInformation: ApplicantColumnsSchema,
  enforcementCaseFile: ApplicantColumnsSchema,
  administrativeQuery: ApplicantColumnsSchema,
});

const UnableToProvideSchema = z.object({
  notHeld: ApplicantColumnsSchema,
  needsCreation: ApplicantColumnsSchema,
  unclearAfterCorrection: ApplicantColumnsSchema,
});

const NotProcessedSchema = z.object({
  complaintOrPetition: ApplicantColumnsSchema,
  duplicate: ApplicantColumnsSchema,
  publication: ApplicantColumnsSchema,
  excessiveRepeated: ApplicantColumnsSchema,
  confirmOrReissue: ApplicantColumnsSchema,
});

/** The 2021 edition's three （六）其他处理 sub-rows. */
export const OtherHandlingRowsSchema = z.object({
  overdueCorrection: ApplicantColumnsSchema,
  overdueFee: ApplicantColumnsSchema,
  other: ApplicantColumnsSchema,
});
export type OtherHandlingRows = z.infer<typeof OtherHandlingRowsSchema>;

const commonRows = {
  newlyReceived: ApplicantColumnsSchema,
  carriedOverFromLastYear: ApplicantColumnsSchema,
  granted: ApplicantColumnsSchema,
  partiallyGranted: ApplicantColumnsSchema,
  denied: DeniedSchema,
  unableToProvide: UnableToProvideSchema,
  notProcessed: NotProcessedSchema,
  totalProcessed: ApplicantColumnsSchema,
  carriedForwardToNextYear: ApplicantColumnsSchema,
};

/** Table 3, 2019 edition: （六）其他处理 is one data row. */
export const Applications2019Schema = z.object({ ...commonRows, otherHandling: ApplicantColumnsSchema });
export type Applications2019 = z.infer<typeof Applications2019Schema>;

/**
 * Table 3, 2021 edition: （六）其他处理 has three sub-rows; real reports (淮安市洪泽区 2023, 2024) also print it
 * as one row, which is kept as one row of seven cells (spec Part A §7).
 */
export const Applications2021Schema = z.object({
  ...commonRows,
  otherHandling: z.union([OtherHandlingRowsSchema, ApplicantColumnsSchema]),
});
export type Applications2021 = z.infer<typeof Applications2021Schema>;
