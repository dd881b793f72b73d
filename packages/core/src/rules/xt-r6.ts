import type { CheckRule } from './types.ts';

/** XT.R6 (placeholder until the prose checks land). */
export const xtr6: CheckRule = { id: 'XT.R6', kind: 'check', check: () => [] };
