import { editions } from '../edition.ts';
import { checkNonNegative } from './cells.ts';
import type { CheckRule } from './types.ts';

/** T4.R2: every filled table 4 cell is a whole number ≥ 0. */
export const t4r2: CheckRule = {
  id: 'T4.R2',
  severity: 'error',
  editions,
  kind: 'report',
  zh: '表四所有 15 个单元格为非负整数',
  en: 'Table 4: all 15 cells are whole numbers ≥ 0',
  check: (_report, context) => checkNonNegative(context, 'reviewAndLitigation'),
};
