import { editions } from '../edition.ts';
import { checkNonNegative } from './cells.ts';
import type { CheckRule } from './types.ts';

/** T3.R4: every filled table 3 cell is a whole number ≥ 0. */
export const t3r4: CheckRule = {
  id: 'T3.R4',
  severity: 'error',
  editions,
  kind: 'report',
  zh: '表三所有单元格为非负整数',
  en: 'Table 3: every cell is a whole number ≥ 0',
  check: (_report, context) => checkNonNegative(context, 'applications'),
};
