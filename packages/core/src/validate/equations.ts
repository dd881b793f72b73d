import type { RuleId } from '../catalogue/rules.ts';
import { describeCells } from '../labels/describe-cell.ts';
import { balance } from '../arithmetic/balance.ts';
import type { ReportShape } from '../rules/shape.ts';
import type { BalanceRule, Equation, Finding } from '../rules/types.ts';
import type { AssessedEquation } from './localise.ts';

/** An identity bound to a layout: its cells as indexes into `readValues`'s array. */
export interface CompiledEquation extends Equation {
  readonly rule: RuleId;
  readonly cells: Int32Array;
  readonly factors: Float64Array;
}

/** The identities of `rule` for `shape`, compiled once per layout. */
export function compileEquations(rule: BalanceRule, shape: ReportShape): readonly CompiledEquation[] {
  const key = `equations:${rule.id}`;
  let compiled = shape.memo.get(key) as CompiledEquation[] | undefined;
  if (!compiled) {
    compiled = rule.equations(shape).map((equation) => ({
      ...equation,
      rule: rule.id,
      cells: Int32Array.from(equation.paths, (path) => {
        const i = shape.index.get(path);
        if (i === undefined) throw new Error(`${rule.id}: no cell ${path} in the ${shape.key} layout`);
        return i;
      }),
      factors: Float64Array.from(equation.coefficients),
    }));
    shape.memo.set(key, compiled);
  }
  return compiled;
}

/**
 * The hot path: true when every operand is filled and the identity holds exactly in plain arithmetic (valid
 * when `integers` says all count cells are safe integers). Allocates nothing; anything else goes to `assess`.
 */
export function holdsQuickly(equation: CompiledEquation, values: Float64Array, integers: boolean): boolean {
  if (!integers) return false;
  const { cells, factors } = equation;
  let sum = 0;
  for (let k = 1; k < cells.length; k++) sum += factors[k]! * values[cells[k]!]!;
  // a blank (NaN) anywhere makes the comparison false
  return values[cells[0]!]! === sum;
}

/** An identity's outcome, and the finding to report when it does not simply hold. */
export interface Assessment extends AssessedEquation {
  readonly finding: Finding | null;
}

const holds: Omit<Assessment, 'cells' | 'coefficients'> = { status: 'holds', residual: 0, finding: null };

/**
 * Evaluates one identity on the cells `values` (`NaN` = blank). Counts are compared exactly: plain arithmetic
 * when `integers` says every value is a safe integer, exact decimals otherwise.
 */
export function assess(equation: CompiledEquation, values: Float64Array, blankAsZero: boolean, integers: boolean): Assessment {
  const { cells, factors } = equation;
  const n = cells.length;
  let total = values[cells[0]!]!;
  let sum = 0;
  let blank = total !== total;
  for (let k = 1; k < n; k++) {
    const value = values[cells[k]!]!;
    if (value !== value) blank = true;
    else sum += factors[k]! * value;
  }
  if (blank) {
    if (!blankAsZero) return notAssessable(equation, values);
    if (total !== total) total = 0;
  }
  if (integers) {
    if (total === sum) return { cells, coefficients: factors, ...holds };
    return failed(equation, total, sum, total - sum);
  }
  const operands = Array.from(cells, (cell) => {
    const value = values[cell]!;
    return value === value ? value : 0;
  });
  const result = balance(operands, factors);
  if (result.holds) return { cells, coefficients: factors, ...holds };
  return failed(equation, total, result.expected, result.residual);
}

function notAssessable(equation: CompiledEquation, values: Float64Array): Assessment {
  const blanks = equation.paths.filter((_, k) => {
    const value = values[equation.cells[k]!]!;
    return value !== value;
  });
  return {
    cells: equation.cells,
    coefficients: equation.factors,
    status: 'notAssessable',
    residual: 0,
    finding: {
      status: 'notAssessable',
      message: `${equation.zh}，无法判断：${describeCells(blanks, 'zh')} 为空`,
      messageEn: `${equation.en}: not assessable, blank: ${describeCells(blanks, 'en')}`,
      paths: blanks,
    },
  };
}

function failed(equation: CompiledEquation, actual: number, expected: number, residual: number): Assessment {
  return {
    cells: equation.cells,
    coefficients: equation.factors,
    status: 'fail',
    residual,
    finding: {
      status: 'fail',
      message: `${equation.zh}，不成立：${equation.totalZh}为 ${actual}，按其余单元格应为 ${expected}`,
      messageEn: `${equation.en} does not hold: ${equation.totalEn} is ${actual}, the other cells give ${expected}`,
      paths: equation.paths,
      expected,
      actual,
    },
  };
}
