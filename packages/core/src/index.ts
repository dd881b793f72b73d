export { checkAggregate } from './aggregate/check-aggregate.ts';
export { addDecimals, formatDecimal, toDecimal } from './arithmetic/decimal.ts';
export type { Decimal } from './arithmetic/decimal.ts';
export { activeDisclosureTable } from './catalogue/active-disclosure.ts';
export { applicationsTable } from './catalogue/applications.ts';
export { applicantColumns, outcomeColumns } from './catalogue/columns.ts';
export { isPlaceholder, placeholderCatalogue } from './catalogue/placeholders.ts';
export { ruleCatalogue } from './catalogue/rules.ts';
export type { RuleEntry, RuleId, RuleKind } from './catalogue/rules.ts';
export { reviewAndLitigationTable } from './catalogue/review-and-litigation.ts';
export { sectionCatalogue } from './catalogue/sections.ts';
export { tableCatalogue } from './catalogue/tables.ts';
export type { ColumnEntry, ColumnUnit, GroupEntry, RowEntry, SectionEntry, TableEntry } from './catalogue/types.ts';
export { checkContinuity } from './continuity/check-continuity.ts';
export type { Diagnostic, Severity, Status, Suggestion } from './diagnostics/diagnostic.ts';
export type { Place } from './diagnostics/place.ts';
export { EditionSchema, editions, findEditionForYear } from './edition.ts';
export type { Edition } from './edition.ts';
export { createEmptyReport } from './empty-report.ts';
export type { EmptyReportOptions } from './empty-report.ts';
export { describeCell, describeCells } from './labels/describe-cell.ts';
export { describePlace } from './labels/describe-place.ts';
export { describeValue } from './labels/describe-value.ts';
export type { Language } from './labels/language.ts';
export { ActiveDisclosure2019Schema, ActiveDisclosure2021Schema, AmountUnitSchema } from './model/active-disclosure.ts';
export type { ActiveDisclosure2019, ActiveDisclosure2021, AmountUnit } from './model/active-disclosure.ts';
export {
  ApplicantColumnsSchema,
  Applications2019Schema,
  Applications2021Schema,
  OtherHandlingRowsSchema,
} from './model/applications.ts';
export type { ApplicantColumns, Applications2019, Applications2021, OtherHandlingRows } from './model/applications.ts';
export { CellSchema } from './model/cell.ts';
export type { Cell } from './model/cell.ts';
export { LevelSchema, MetaSchema, ScopeSchema, SourceSchema } from './model/meta.ts';
export type { Level, Meta, Scope, Source } from './model/meta.ts';
export { PreambleSchema, PrintedSchema, Report2019Schema, Report2021Schema, ReportSchema } from './model/report.ts';
export type { Report, Report2019, Report2021 } from './model/report.ts';
export { OutcomeSchema, ReviewAndLitigationSchema } from './model/review-and-litigation.ts';
export type { Outcome, ReviewAndLitigation } from './model/review-and-litigation.ts';
export { SectionSchema, SectionsSchema } from './model/sections.ts';
export type { Section, SectionKey, Sections } from './model/sections.ts';
export { hasSingleOtherHandlingRow, listCellEntries, listCellPaths } from './paths/cell-path.ts';
export type { CellEntry, CellPath } from './paths/cell-path.ts';
export { getCell } from './paths/get-cell.ts';
export { readValues } from './paths/read-values.ts';
export { setCell, UnknownCellPathError } from './paths/set-cell.ts';
export { parseReport } from './parse/parse-report.ts';
export type { ParseReportResult, ReportIssue } from './parse/parse-report.ts';
export { createReportJsonSchema } from './schema/report-json-schema.ts';
export { assertReport, checkReports, NotAReportError } from './validate/not-a-report.ts';
export { validate } from './validate/validate.ts';
export type { RuleSetting, ValidateOptions } from './validate/options.ts';
