import { editions } from '../edition.ts';
import { checkNonNegative } from './cells.ts';
import type { CheckRule } from './types.ts';

/** T2.R1: table 2 counts are whole numbers ≥ 0 (2019 本年增/减 may be negative); money is ≥ 0. */
export const t2r1: CheckRule = {
  id: 'T2.R1',
  severity: 'error',
  editions,
  kind: 'report',
  zh: '表二件数为非负整数（2019 年版“本年增/减”可为负）；2021 年版收费金额为非负数（万元）',
  en: 'Table 2 counts are whole numbers ≥ 0 (the 2019 change column may be negative); the 2021 fee amount is ≥ 0 (万元)',
  check: (_report, context) => checkNonNegative(context, 'activeDisclosure'),
};
