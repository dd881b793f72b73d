import type { CheckRule } from './types.ts';

/** XT.R8 (placeholder until the prose checks land). */
export const xtr8: CheckRule = { id: 'XT.R8', kind: 'check', check: () => [] };
