import type { CheckRule } from './types.ts';

/** XT.R7 (placeholder until the prose checks land). */
export const xtr7: CheckRule = { id: 'XT.R7', kind: 'check', check: () => [] };
