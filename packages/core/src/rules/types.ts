import type { RuleEntry } from '../catalogue/rules.ts';
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.ts';
import type { Report } from '../model/report.ts';
import type { CellPath } from '../paths/cell-path.ts';
import type { ReportProse } from './report-prose.ts';
import type { ReportShape } from './shape.ts';

/**
 * One linear identity `paths[0] = Σ coefficients[i] × paths[i]` (i ≥ 1): the total cell first, then its
 * components. `zh`/`en` state the identity; `totalZh`/`totalEn` name the total cell in messages.
 */
export interface Equation {
  readonly zh: string;
  readonly en: string;
  readonly totalZh: string;
  readonly totalEn: string;
  readonly paths: readonly CellPath[];
  readonly coefficients: readonly number[];
}

/** A balance rule: its catalogue entry, and its identities for a layout; one shared evaluator checks them. */
export interface BalanceRule extends RuleEntry {
  /** The table whose identities these are; localisation looks at one table's identities together. */
  readonly table: 'applications' | 'reviewAndLitigation';
  readonly equations: (shape: ReportShape) => readonly Equation[];
}

/** What a check rule found; `validate` adds the rule ID and resolves the severity. */
export type Finding = Pick<Diagnostic, 'status' | 'message' | 'messageEn' | 'paths' | 'expected' | 'actual'> & {
  /** Overrides the catalogue severity for this finding (e.g. T3.R5's warning for a known deviation). */
  readonly severity?: Severity;
};

/** What a check rule may read besides the report. */
export interface RuleContext {
  readonly shape: ReportShape;
  /** The report's cells in `shape` order, `NaN` for `null`. */
  readonly values: Float64Array;
  readonly blankAsZero: boolean;
  /** The report's prose, read once for all the text rules of one `validate` call. */
  readonly prose: ReportProse;
}

/** Any other in-report rule: its catalogue entry, and a pure function from the report to its findings. */
export interface CheckRule extends RuleEntry {
  readonly check: (report: Report, context: RuleContext) => readonly Finding[];
}

/** A rule `validate` runs. */
export type ReportRule = BalanceRule | CheckRule;

/** A rule `checkContinuity` or `checkAggregate` runs: its catalogue entry and the function they call. */
export interface RunRule<Run> extends RuleEntry {
  readonly run: Run;
}
