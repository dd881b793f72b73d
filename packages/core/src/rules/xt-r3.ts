import type { CheckRule } from './types.ts';

/** XT.R3 (placeholder until the prose checks land). */
export const xtr3: CheckRule = { id: 'XT.R3', kind: 'check', check: () => [] };
