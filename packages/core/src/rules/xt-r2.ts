import type { CheckRule } from './types.ts';

/** XT.R2 (placeholder until the prose checks land). */
export const xtr2: CheckRule = { id: 'XT.R2', kind: 'check', check: () => [] };
