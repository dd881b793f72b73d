import { ruleCatalogue, type RuleId } from '../catalogue/rules.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { fromFinding } from '../diagnostics/from-finding.ts';
import type { Report } from '../model/report.ts';
import { reportRules } from '../rules/registry.ts';
import { readValues, shapeOf, type ReportShape } from '../rules/shape.ts';
import type { RuleContext } from '../rules/types.ts';
import { assess, compiledEquations, type Assessment } from './equations.ts';
import { localise } from './localise.ts';
import type { ValidateOptions } from './options.ts';

const editionsOf = new Map(ruleCatalogue.map((rule) => [rule.id, rule.editions]));
const SAFE = 2 ** 47;

// One scratch array per layout; `validate` never re-enters itself, the flag only guards against a future change.
const scratch = new Map<ReportShape, Float64Array>();
let busy = false;

function allSafeIntegers(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (value === value && (!Number.isInteger(value) || value > SAFE || value < -SAFE)) return false;
  }
  return true;
}

/**
 * Checks one report against the in-report rules of spec §8 (T3.*, T4.*, T2.*, and the XT.* prose checks) and
 * returns what it found, in rule order then table order. Never throws on content; an empty array means every
 * assessable rule passed. Identities with a blank operand come back as `info` / `notAssessable`.
 */
export function validate(report: Report, options: ValidateOptions = {}): Diagnostic[] {
  const shape = shapeOf(report);
  let values = scratch.get(shape);
  const borrowed = !busy && values !== undefined;
  if (!borrowed) {
    values = new Float64Array(shape.entries.length);
    if (!busy) scratch.set(shape, values);
  }
  busy = true;
  try {
    return run(report, shape, readValues(report, shape, values), options);
  } finally {
    busy = false;
  }
}

function run(report: Report, shape: ReportShape, values: Float64Array, options: ValidateOptions): Diagnostic[] {
  const blankAsZero = options.blankAsZero ?? false;
  const integers = allSafeIntegers(values);
  const context: RuleContext = { shape, values, blankAsZero };
  const diagnostics: Diagnostic[] = [];
  // per table: the assessed identities and, for failures, where their diagnostic sits
  let tables: Map<string, { assessed: Assessment[]; at: number[] }> | undefined;

  for (const rule of reportRules) {
    if (options.rules?.[rule.id] === 'off') continue;
    if (!editionsOf.get(rule.id)!.includes(report.edition)) continue;
    if (rule.kind === 'check') {
      for (const finding of rule.check(report, context)) diagnostics.push(fromFinding(rule.id, finding, options));
      continue;
    }
    let table = tables?.get(rule.table);
    for (const equation of compiledEquations(rule, shape)) {
      const assessment = assess(equation, values, blankAsZero, integers);
      if (assessment.finding) diagnostics.push(fromFinding(rule.id, assessment.finding, options));
      if (!table) {
        tables ??= new Map();
        tables.set(rule.table, (table = { assessed: [], at: [] }));
      }
      table.assessed.push(assessment);
      table.at.push(assessment.status === 'fail' ? diagnostics.length - 1 : -1);
    }
  }

  if (tables) {
    for (const { assessed, at } of tables.values()) {
      if (!assessed.some((assessment) => assessment.status === 'fail')) continue;
      const found = localise(assessed, values);
      if (!found) continue;
      const suggestion = { path: shape.paths[found.cell]!, value: found.value };
      for (const index of at) if (index >= 0) diagnostics[index] = { ...diagnostics[index]!, suggestion };
    }
  }
  return diagnostics;
}

/** The rule IDs `validate` runs, in order. */
export const validateRuleIds: readonly RuleId[] = reportRules.map((rule) => rule.id);
