import { z } from 'zod';

/** One prose section: the title as printed and its text, cleaned of page numbers. */
export const SectionSchema = z.object({ title: z.string(), text: z.string() });
export type Section = z.infer<typeof SectionSchema>;

/** The six sections; `null` where the report does not have one. */
export const SectionsSchema = z.object({
  overview: SectionSchema.nullable(),
  activeDisclosure: SectionSchema.nullable(),
  applications: SectionSchema.nullable(),
  reviewAndLitigation: SectionSchema.nullable(),
  problemsAndImprovements: SectionSchema.nullable(),
  otherMatters: SectionSchema.nullable(),
});
export type Sections = z.infer<typeof SectionsSchema>;
export type SectionKey = keyof Sections;
