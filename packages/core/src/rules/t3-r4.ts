import { nonNegativeFindings } from './cells.ts';
import type { CheckRule } from './types.ts';

/** T3.R4: every filled table 3 cell is a whole number ≥ 0. */
export const t3r4: CheckRule = {
  id: 'T3.R4',
  kind: 'check',
  check: (_report, context) => nonNegativeFindings(context, 'applications'),
};
