import { z } from 'zod';

/** Whose report it is: one body (`agency`), a government's own (`government`), or a region-wide sum (`aggregate`). */
export const ScopeSchema = z.enum(['agency', 'government', 'aggregate']);
export type Scope = z.infer<typeof ScopeSchema>;

/** Administrative level of the reporting body. */
export const LevelSchema = z.enum(['national', 'provincial', 'city', 'county', 'township']);
export type Level = z.infer<typeof LevelSchema>;

/** Where the report was read from. */
export const SourceSchema = z.object({
  kind: z.enum(['text', 'html', 'docx', 'pdf', 'json', 'manual']),
  name: z.string().optional(),
  url: z.string().optional(),
});
export type Source = z.infer<typeof SourceSchema>;

/** What the report says about itself; `null` where it does not say. */
export const MetaSchema = z.object({
  title: z.string().nullable(),
  agency: z.string().nullable(),
  region: z.string().nullable(),
  year: z.number().int().nullable(),
  scope: ScopeSchema,
  level: LevelSchema.nullable().optional(),
  publishedAt: z.string().nullable().optional(),
  source: SourceSchema,
});
export type Meta = z.infer<typeof MetaSchema>;
