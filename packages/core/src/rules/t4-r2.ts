import { nonNegativeFindings } from './cells.ts';
import type { CheckRule } from './types.ts';

/** T4.R2: every filled table 4 cell is a whole number ≥ 0. */
export const t4r2: CheckRule = {
  id: 'T4.R2',
  kind: 'check',
  check: (_report, context) => nonNegativeFindings(context, 'reviewAndLitigation'),
};
