import { editions } from '../edition.ts';
import { describeValue } from '../labels/describe-value.ts';
import type { Report } from '../model/report.ts';
import { memberName, sumOverMembers } from './ag-members.ts';
import type { CrossEquation } from './cross.ts';
import { getShape } from './shape.ts';
import type { Finding, RunRule } from './types.ts';

/**
 * AG.R2: money (2021 收费金额 in 万元, 2019 采购总金额) = Σ members, each figure standing for ± half a unit of its
 * last printed decimal. The 2019 amount prints no unit: summing needs every member in the aggregate's known unit.
 */
function listEquations(aggregate: Report, members: readonly Report[]): (CrossEquation | Finding)[] {
  const out: (CrossEquation | Finding)[] = [];
  for (const entry of getShape(aggregate).entries) {
    if (entry.column.unit !== 'tenThousandYuan' && entry.column.unit !== 'money') continue;
    if (entry.column.unit === 'money' && aggregate.edition === '2019') {
      // a unit only matters for an amount that is there and not 0
      const units = [aggregate, ...members].map((report, i) => {
        const cell = report.edition === '2019' ? report.tables.activeDisclosure.art20Item9.centralizedProcurement : null;
        const amount = cell?.procurementTotalAmount ?? null;
        const unit = cell ? (cell.amountUnit ?? 'unknown') : 'unknown';
        const name = i === 0 ? { zh: '汇总报告的', en: 'the aggregate: ' } : memberName(report, i - 1);
        return { name, unit, counts: amount !== null && amount !== 0 };
      });
      const counted = units.filter((u) => u.counts);
      const first = counted[0]?.unit;
      if (counted.some((u) => u.unit === 'unknown' || u.unit !== first)) {
        const zh = counted.map((u) => `${u.name.zh}单位${u.unit === 'unknown' ? '未注明' : `为 ${u.unit}`}`).join('、');
        const en = counted.map((u) => `${u.name.en}${u.unit === 'unknown' ? 'no stated unit' : `in ${describeValue(u.unit, 'en')}`}`).join('; ');
        out.push({
          status: 'notAssessable',
          message: `采购总金额无法相加：${zh}`,
          messageEn: `Procurement amounts cannot be summed: ${en}`,
          paths: [entry.path],
        });
        continue;
      }
    }
    out.push(sumOverMembers(aggregate, members, entry, true));
  }
  return out;
}

/** AG.R2 with its catalogue entry; `checkAggregate` calls `run`. */
export const agr2: RunRule<typeof listEquations> = {
  id: 'AG.R2',
  severity: 'warning',
  editions,
  kind: 'aggregate',
  zh: '汇总报告金额等于各成员之和，允许按所印小数位的半个单位舍入',
  en: 'An aggregate’s money amounts = the members’ sum, within half a unit of each printed decimal',
  run: listEquations,
};
