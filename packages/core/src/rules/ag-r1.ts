import type { Report } from '../model/report.ts';
import { shapeOf } from './shape.ts';
import { sumOverMembers } from './ag-members.ts';
import type { CrossEquation } from './cross.ts';

/** AG.R1: every count cell of tables 2–4 of the aggregate = Σ the same cell over the members (exact). */
export function agr1(aggregate: Report, members: readonly Report[]): CrossEquation[] {
  return shapeOf(aggregate)
    .entries.filter((entry) => entry.column.unit === 'count' || entry.column.unit === 'signedCount')
    .map((entry) => sumOverMembers(aggregate, members, entry, false));
}
