import { nonNegativeFindings } from './cells.ts';
import type { CheckRule } from './types.ts';

/** T2.R1: table 2 counts are whole numbers ≥ 0 (2019 本年增/减 may be negative); money is ≥ 0. */
export const t2r1: CheckRule = {
  id: 'T2.R1',
  kind: 'check',
  check: (_report, context) => nonNegativeFindings(context, 'activeDisclosure'),
};
