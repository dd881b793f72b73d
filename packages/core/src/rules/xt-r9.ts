import type { CheckRule } from './types.ts';

/** XT.R9 (placeholder until the prose checks land). */
export const xtr9: CheckRule = { id: 'XT.R9', kind: 'check', check: () => [] };
