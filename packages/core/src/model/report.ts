import { z } from 'zod';
import { ActiveDisclosure2019Schema, ActiveDisclosure2021Schema } from './active-disclosure.ts';
import { Applications2019Schema, Applications2021Schema } from './applications.ts';
import { MetaSchema } from './meta.ts';
import { ReviewAndLitigationSchema } from './review-and-litigation.ts';
import { SectionsSchema } from './sections.ts';

/**
 * Printed text of cells whose print is not just the number: placeholders (`/`, `—`, `无`), units (`251000元`),
 * trailing zeros (`7545.00`). Keyed by cell path, so the cell can be rendered back as it was printed.
 */
export const PrintedSchema = z.record(z.string(), z.string());

/**
 * The text between the title and section 一 (who compiled the report, what it contains, the reporting period),
 * cleaned like section text. Optional: the text checks XT.R8 and XT.R9 read it when present.
 */
export const PreambleSchema = z.string();

/** A report in the 2019 edition (report years 2019–2020). */
export const Report2019Schema = z.object({
  edition: z.literal('2019'),
  meta: MetaSchema,
  sections: SectionsSchema,
  tables: z.object({
    activeDisclosure: ActiveDisclosure2019Schema,
    applications: Applications2019Schema,
    reviewAndLitigation: ReviewAndLitigationSchema,
  }),
  preamble: PreambleSchema.optional(),
  printed: PrintedSchema.optional(),
});
export type Report2019 = z.infer<typeof Report2019Schema>;

/** A report in the 2021 edition (report years 2021 on). */
export const Report2021Schema = z.object({
  edition: z.literal('2021'),
  meta: MetaSchema,
  sections: SectionsSchema,
  tables: z.object({
    activeDisclosure: ActiveDisclosure2021Schema,
    applications: Applications2021Schema,
    reviewAndLitigation: ReviewAndLitigationSchema,
  }),
  preamble: PreambleSchema.optional(),
  printed: PrintedSchema.optional(),
});
export type Report2021 = z.infer<typeof Report2021Schema>;

/** A whole annual report of either edition, discriminated by `edition`. */
export const ReportSchema = z.discriminatedUnion('edition', [Report2019Schema, Report2021Schema]);
export type Report = z.infer<typeof ReportSchema>;
