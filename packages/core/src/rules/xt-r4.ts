import type { CheckRule } from './types.ts';

/** XT.R4 (placeholder until the prose checks land). */
export const xtr4: CheckRule = { id: 'XT.R4', kind: 'check', check: () => [] };
