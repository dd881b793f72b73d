import type { CheckRule } from './types.ts';

/** XT.R5 (placeholder until the prose checks land). */
export const xtr5: CheckRule = { id: 'XT.R5', kind: 'check', check: () => [] };
