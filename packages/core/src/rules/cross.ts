import { balance } from '../arithmetic/balance.ts';
import { describeCell } from '../labels/describe-cell.ts';
import type { CellPath } from '../paths/cell-path.ts';
import type { Equation, Finding } from './types.ts';

/** One operand of an identity across reports: a cell's value (`null` blank, `undefined` absent) and how it prints. */
export interface CrossTerm {
  readonly path: CellPath;
  readonly value: number | null | undefined;
  /** Where the value comes from, for messages (`上年`, `成员 2 某局`); empty for the report itself. */
  readonly whoZh: string;
  readonly whoEn: string;
  /** Printed decimals for money (interval comparison); `null` for an exact count. */
  readonly decimals: number | null;
}

/** An identity across reports, total first: `terms[0] = Σ coefficients[i] × terms[i]` (an `Equation` over reports' cells). */
export type CrossEquation = Omit<Equation, 'paths'> & { readonly terms: readonly CrossTerm[] };

function unique(paths: readonly CellPath[]): CellPath[] {
  return [...new Set(paths)];
}

/** The finding for one cross-report identity, or `null` when it holds. Blank or absent operands make it not assessable. */
export function assessCross(equation: CrossEquation, blankAsZero = false): Finding | null {
  const blanks = equation.terms.filter((term) => term.value === undefined || (term.value === null && !blankAsZero));
  const paths = unique(equation.terms.map((term) => term.path));
  if (blanks.length > 0) {
    const zh = blanks.map((term) => `${term.whoZh}${describeCell(term.path, 'zh')}`).join('、');
    const en = blanks.map((term) => `${term.whoEn}${describeCell(term.path, 'en')}`).join('; ');
    return {
      status: 'notAssessable',
      message: `${equation.zh}，无法判断：${zh} 为空`,
      messageEn: `${equation.en}: not assessable, blank: ${en}`,
      paths: unique(blanks.map((term) => term.path)),
    };
  }
  const values = equation.terms.map((term) => term.value ?? 0);
  const money = equation.terms.some((term) => term.decimals !== null);
  const result = balance(values, equation.coefficients, money ? equation.terms.map((term) => term.decimals) : undefined);
  if (result.holds) return null;
  return {
    status: 'fail',
    message: `${equation.zh}，不成立：${equation.totalZh}为 ${values[0]}，按其余单元格应为 ${result.expected}`,
    messageEn: `${equation.en} does not hold: ${equation.totalEn} is ${values[0]}, the other cells give ${result.expected}`,
    paths,
    expected: result.expected,
    actual: values[0]!,
  };
}
