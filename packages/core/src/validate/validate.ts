import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { fromFinding } from '../diagnostics/from-finding.ts';
import type { Report } from '../model/report.ts';
import { reportRules } from '../rules/registry.ts';
import { readShapeValues } from '../paths/read-values.ts';
import { ReportProse } from '../rules/report-prose.ts';
import { getShape, type ReportShape } from '../rules/shape.ts';
import type { RuleContext } from '../rules/types.ts';
import { assess, compileEquations, holdsQuickly, type CompiledEquation } from './equations.ts';
import { localise } from './localise.ts';
import { checkReports } from './not-a-report.ts';
import type { ValidateOptions } from './options.ts';

const SAFE = 2 ** 47;

// One scratch array per layout; `validate` never re-enters itself, the flag only guards against a future change.
const scratch = new Map<ReportShape, Float64Array>();
let busy = false;

/** True when every filled cell of tables 3 and 4 (the count identities) is a safe integer. */
function countsAreSafeIntegers(values: Float64Array, shape: ReportShape): boolean {
  const start = shape.ranges.applications[0];
  const end = shape.ranges.reviewAndLitigation[1];
  for (let i = start; i < end; i++) {
    const value = values[i]!;
    if (value === value && (!Number.isInteger(value) || value > SAFE || value < -SAFE)) return false;
  }
  return true;
}

/**
 * Checks one report against the in-report rules of spec §8 (T3.*, T4.*, T2.*, and the XT.* prose checks) and
 * returns what it found, in rule order then table order. Never throws on content; an empty array means every
 * assessable rule passed. Identities with a blank operand come back as `info` / `notAssessable`. Throws
 * `NotAReportError` when `report` is not a report: check untrusted data with `parseReport` first.
 */
export function validate(report: Report, options: ValidateOptions = {}): Diagnostic[] {
  return checkReports('validate', [report], () => validateReport(report, options));
}

function validateReport(report: Report, options: ValidateOptions): Diagnostic[] {
  const shape = getShape(report);
  let values = busy ? undefined : scratch.get(shape);
  if (values === undefined) {
    values = new Float64Array(shape.entries.length);
    if (!busy) scratch.set(shape, values);
  }
  busy = true;
  try {
    return run(report, shape, readShapeValues(report, shape, values), options);
  } finally {
    busy = false;
  }
}

function run(report: Report, shape: ReportShape, values: Float64Array, options: ValidateOptions): Diagnostic[] {
  const blankAsZero = options.blankAsZero ?? false;
  const integers = countsAreSafeIntegers(values, shape);
  const prose = options.prose?.isOf(report) ? options.prose : new ReportProse(report);
  const context: RuleContext = { shape, values, blankAsZero, prose };
  const diagnostics: Diagnostic[] = [];
  // only when an identity fails: where its diagnostic sits, and which tables need localising
  let failedAt: Map<CompiledEquation, number> | undefined;

  for (const rule of reportRules) {
    if (options.rules?.[rule.id] === 'off') continue;
    if (!rule.editions.includes(report.edition)) continue;
    if ('check' in rule) {
      for (const finding of rule.check(report, context)) diagnostics.push(fromFinding(rule.id, finding, options));
      continue;
    }
    for (const equation of compileEquations(rule, shape)) {
      if (holdsQuickly(equation, values, integers)) continue;
      const assessment = assess(equation, values, blankAsZero, integers);
      if (!assessment.finding) continue;
      diagnostics.push(fromFinding(rule.id, assessment.finding, options));
      if (assessment.status === 'fail') (failedAt ??= new Map()).set(equation, diagnostics.length - 1);
    }
  }
  if (failedAt) localiseTables(shape, values, options, blankAsZero, integers, failedAt, diagnostics);
  return diagnostics;
}

/** Adds the localisation suggestion to the failures of each table where one cell explains them all. */
function localiseTables(
  shape: ReportShape,
  values: Float64Array,
  options: ValidateOptions,
  blankAsZero: boolean,
  integers: boolean,
  failedAt: Map<CompiledEquation, number>,
  diagnostics: Diagnostic[],
): void {
  for (const table of ['applications', 'reviewAndLitigation'] as const) {
    const equations = reportRules.flatMap((rule) =>
      'equations' in rule && rule.table === table && options.rules?.[rule.id] !== 'off' ? compileEquations(rule, shape) : [],
    );
    if (!equations.some((equation) => failedAt.has(equation))) continue;
    const found = localise(
      equations.map((equation) => assess(equation, values, blankAsZero, integers)),
      values,
    );
    if (!found) continue;
    const suggestion = { path: shape.paths[found.cell]!, value: found.value };
    for (const equation of equations) {
      const index = failedAt.get(equation);
      if (index !== undefined) diagnostics[index] = { ...diagnostics[index]!, suggestion };
    }
  }
}
