import { z } from 'zod';
import { CellSchema } from './cell.ts';

/** The five outcome columns of one table 4 group. */
export const OutcomeSchema = z.object({
  upheld: CellSchema,
  corrected: CellSchema,
  otherOutcome: CellSchema,
  pending: CellSchema,
  total: CellSchema,
});
export type Outcome = z.infer<typeof OutcomeSchema>;

/** Table 4: administrative review and the two kinds of litigation, the same in both editions. */
export const ReviewAndLitigationSchema = z.object({
  administrativeReview: OutcomeSchema,
  litigationWithoutReview: OutcomeSchema,
  litigationAfterReview: OutcomeSchema,
});
export type ReviewAndLitigation = z.infer<typeof ReviewAndLitigationSchema>;
