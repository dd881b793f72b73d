import { editions } from '../edition.ts';
import type { Report } from '../model/report.ts';
import { getShape } from './shape.ts';
import { sumOverMembers } from './ag-members.ts';
import type { CrossEquation } from './cross.ts';
import type { RunRule } from './types.ts';

/** AG.R1: every count cell of tables 2–4 of the aggregate = Σ the same cell over the members (exact). */
function listEquations(aggregate: Report, members: readonly Report[]): CrossEquation[] {
  return getShape(aggregate)
    .entries.filter((entry) => entry.column.unit === 'count' || entry.column.unit === 'signedCount')
    .map((entry) => sumOverMembers(aggregate, members, entry, false));
}

/** AG.R1 with its catalogue entry; `checkAggregate` calls `run`. */
export const agr1: RunRule<typeof listEquations> = {
  id: 'AG.R1',
  severity: 'warning',
  editions,
  kind: 'aggregate',
  zh: '汇总报告表二、表三、表四每个件数单元格等于各成员报告同一单元格之和',
  en: 'Every count cell of an aggregate’s tables 2–4 = the sum of the same cell over its members',
  run: listEquations,
};
