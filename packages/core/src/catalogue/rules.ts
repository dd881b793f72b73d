import type { Edition } from '../edition.ts';
import { rules } from '../rules/registry.ts';

/** The rule IDs of spec §8, in catalogue order. */
export type RuleId =
  | 'T3.R1' | 'T3.R2' | 'T3.R3' | 'T3.R4' | 'T3.R5' | 'T3.R6'
  | 'T4.R1' | 'T4.R2' | 'T4.R3'
  | 'T2.R1' | 'T2.R2' | 'T2.R3' | 'T2.R4' | 'T2.R5' | 'T2.R6'
  | 'XY.R1' | 'XY.R2' | 'XY.R3' | 'XY.R4'
  | 'AG.R1' | 'AG.R2' | 'AG.R3'
  | 'XT.R1' | 'XT.R2' | 'XT.R3' | 'XT.R4' | 'XT.R5' | 'XT.R6' | 'XT.R7' | 'XT.R8' | 'XT.R9';

/**
 * What a rule looks at: one report's tables (`report`), two consecutive years (`continuity`), an aggregate and
 * its members (`aggregate`), the prose against the tables (`text`), or a value derived for other rules (`derived`).
 */
export type RuleKind = 'report' | 'continuity' | 'aggregate' | 'text' | 'derived';

/** One rule of spec §8 as data: its ID, default severity (E → error, W → warning), editions and meaning. */
export interface RuleEntry {
  readonly id: RuleId;
  readonly severity: 'error' | 'warning';
  readonly editions: readonly Edition[];
  readonly kind: RuleKind;
  readonly zh: string;
  readonly en: string;
}

/**
 * Every rule of spec §8, in the order `validate`, `checkContinuity` and `checkAggregate` run them. Each rule's
 * file declares its entry; this is the list of those entries, without the code.
 */
export const ruleCatalogue: readonly RuleEntry[] = rules.map(({ id, severity, editions, kind, zh, en }) => ({ id, severity, editions, kind, zh, en }));
