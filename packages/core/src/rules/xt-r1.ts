import type { CheckRule } from './types.ts';

/** XT.R1 (placeholder until the prose checks land). */
export const xtr1: CheckRule = { id: 'XT.R1', kind: 'check', check: () => [] };
