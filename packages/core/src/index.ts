export * from './lite.ts';
export { EditionSchema } from './model/edition.ts';
export { ActiveDisclosure2019Schema, ActiveDisclosure2021Schema, AmountUnitSchema } from './model/active-disclosure.ts';
export {
  ApplicantColumnsSchema,
  Applications2019Schema,
  Applications2021Schema,
  OtherHandlingRowsSchema,
} from './model/applications.ts';
export { CellSchema } from './model/cell.ts';
export { LevelSchema, MetaSchema, ScopeSchema, SourceSchema } from './model/meta.ts';
export { PreambleSchema, PrintedSchema, Report2019Schema, Report2021Schema, ReportSchema } from './model/report.ts';
export { OutcomeSchema, ReviewAndLitigationSchema } from './model/review-and-litigation.ts';
export { SectionSchema, SectionsSchema } from './model/sections.ts';
export { parseReport } from './parse/parse-report.ts';
export { createReportJsonSchema } from './schema/report-json-schema.ts';
