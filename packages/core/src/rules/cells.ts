import { fitsUnit } from '../catalogue/fits-unit.ts';
import type { TableEntry } from '../catalogue/types.ts';
import type { CellPath } from '../paths/cell-path.ts';
import { describeCell, describeCells } from '../labels/describe-cell.ts';
import type { Finding, RuleContext } from './types.ts';

/** The value of `path` in the context's report; `null` for a blank cell or one the layout lacks. */
export function readValueAt(context: RuleContext, path: CellPath): number | null {
  const i = context.shape.index.get(path);
  if (i === undefined) return null;
  const value = context.values[i]!;
  return value === value ? value : null;
}

/** One finding per filled cell of `table` that is not a whole number ≥ 0 (a `signedCount` may be negative; money may have decimals). */
export function checkNonNegative(context: RuleContext, table: TableEntry['key']): Finding[] {
  const findings: Finding[] = [];
  const { entries } = context.shape;
  const [start, end] = context.shape.ranges[table];
  for (let i = start; i < end; i++) {
    const value = context.values[i]!;
    if (value !== value || (value >= 0 && Number.isInteger(value))) continue;
    const entry = entries[i]!;
    const unit = entry.column.unit;
    if (fitsUnit(value, unit)) continue;
    const whole = unit === 'count' || unit === 'signedCount';
    const [zh, en] =
      unit === 'signedCount' ? ['整数', 'a whole number'] : whole ? ['非负整数', 'a whole number ≥ 0'] : ['非负数', 'a number ≥ 0'];
    findings.push({
      status: 'fail',
      message: `${describeCell(entry.path, 'zh')}：应为${zh}，实为 ${value}`,
      messageEn: `${describeCell(entry.path, 'en')}: should be ${en}, found ${value}`,
      paths: [entry.path],
      expected: unit === 'signedCount' ? 'integer' : whole ? 'integer >= 0' : '>= 0',
      actual: value,
    });
  }
  return findings;
}

/** A not-assessable finding for a soft check whose operands include blanks. */
export function reportBlanks(what: { zh: string; en: string }, paths: readonly CellPath[], blanks: readonly CellPath[]): Finding {
  return {
    status: 'notAssessable',
    message: `${what.zh}，无法判断：${describeCells(blanks, 'zh')} 为空`,
    messageEn: `${what.en}: not assessable, blank: ${describeCells(blanks, 'en')}`,
    paths,
  };
}
