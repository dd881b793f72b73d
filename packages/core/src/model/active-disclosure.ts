import { z } from 'zod';
import { CellSchema } from './cell.ts';

const Documents2019Schema = z.object({ newlyMade: CellSchema, newlyPublished: CellSchema, totalPublished: CellSchema });
const Items2019Schema = z.object({ previousYearItems: CellSchema, changeThisYear: CellSchema, decisions: CellSchema });

/** The unit printed with the 2019 procurement amount: none is printed in the header, so it is read from the cell. */
export const AmountUnitSchema = z.enum(['元', '万元', 'unknown']);
export type AmountUnit = z.infer<typeof AmountUnitSchema>;

/** Table 2, 2019 edition (spec §4.1). */
export const ActiveDisclosure2019Schema = z.object({
  art20Item1: z.object({ regulations: Documents2019Schema, normativeDocuments: Documents2019Schema }),
  art20Item5: z.object({ administrativeLicensing: Items2019Schema, otherExternalServices: Items2019Schema }),
  art20Item6: z.object({ administrativePenalty: Items2019Schema, administrativeCompulsion: Items2019Schema }),
  art20Item8: z.object({ administrativeFees: z.object({ previousYearItems: CellSchema, changeThisYear: CellSchema }) }),
  art20Item9: z.object({
    centralizedProcurement: z.object({
      procurementProjects: CellSchema,
      procurementTotalAmount: CellSchema,
      amountUnit: AmountUnitSchema.optional(),
    }),
  }),
});
export type ActiveDisclosure2019 = z.infer<typeof ActiveDisclosure2019Schema>;

const Documents2021Schema = z.object({ issuedThisYear: CellSchema, repealedThisYear: CellSchema, currentlyValid: CellSchema });
const Decisions2021Schema = z.object({ decisionsThisYear: CellSchema });

/** Table 2, 2021 edition (spec §4.2); `feeAmount` is in 万元. */
export const ActiveDisclosure2021Schema = z.object({
  art20Item1: z.object({ regulations: Documents2021Schema, normativeDocuments: Documents2021Schema }),
  art20Item5: z.object({ administrativeLicensing: Decisions2021Schema }),
  art20Item6: z.object({ administrativePenalty: Decisions2021Schema, administrativeCompulsion: Decisions2021Schema }),
  art20Item8: z.object({ administrativeFees: z.object({ feeAmount: CellSchema }) }),
});
export type ActiveDisclosure2021 = z.infer<typeof ActiveDisclosure2021Schema>;
