import { countPrintedDecimals } from '../arithmetic/decimal.ts';
import type { CellEntry } from '../paths/cell-path.ts';
import type { Report } from '../model/report.ts';
import { getCell } from '../paths/get-cell.ts';
import { describeCell } from '../labels/describe-cell.ts';
import type { CrossEquation, CrossTerm } from './cross.ts';

/** How a member is named in messages: its number in the list and its agency when known. */
export function memberName(member: Report, index: number): { zh: string; en: string } {
  const agency = member.meta.agency;
  return agency ? { zh: `成员 ${index + 1}（${agency}）的 `, en: `member ${index + 1} “${agency}”: ` } : { zh: `成员 ${index + 1} 的 `, en: `member ${index + 1}: ` };
}

/** The identity “aggregate cell = Σ the members' same cell”, money terms carrying their printed decimals. */
export function sumOverMembers(aggregate: Report, members: readonly Report[], entry: CellEntry, money: boolean): CrossEquation {
  const term = (report: Report, who: { zh: string; en: string }): CrossTerm => {
    const value = getCell(report, entry.path);
    return {
      path: entry.path,
      value,
      whoZh: who.zh,
      whoEn: who.en,
      decimals: money && typeof value === 'number' ? countPrintedDecimals(value, report.printed?.[entry.path]) : null,
    };
  };
  return {
    zh: `汇总报告 ${describeCell(entry.path, 'zh')} = 各成员之和`,
    en: `Aggregate ${describeCell(entry.path, 'en')} = the members’ sum`,
    totalZh: '汇总数',
    totalEn: 'the aggregate',
    terms: [term(aggregate, { zh: '汇总报告的 ', en: 'the aggregate: ' }), ...members.map((member, i) => term(member, memberName(member, i)))],
    coefficients: [1, ...members.map(() => 1)],
  };
}
