import type { CellPath } from '../paths/cell-path.ts';
import type { Place } from './place.ts';

/** `error`: the format's own identity is broken; `warning`: heuristic or soft; `info`: a note on how the source was read. */
export type Severity = 'error' | 'warning' | 'info';

/** `fail`: the check ran and failed; `notAssessable`: an operand is missing (blank or placeholder), so it could not run. */
export type Status = 'fail' | 'notAssessable';

/** The value that would make every failing identity around one cell balance (error localisation). */
export interface Suggestion {
  readonly path: CellPath;
  readonly value: number;
}

/** One finding, as plain data (vfile-message style). */
export interface Diagnostic {
  /** Rule ID from spec §8 (`T3.R1` …), or a reader code (`parser/…`) for how the source was read. */
  readonly rule: string;
  readonly severity: Severity;
  readonly status: Status;
  /** Chinese message. */
  readonly message: string;
  /** English message. */
  readonly messageEn: string;
  /** Cell paths involved; a failing total names the total cell first, then its components. */
  readonly paths: readonly CellPath[];
  readonly expected?: number | string | null;
  readonly actual?: number | string | null;
  /** Where the first path was read in the source, when the report came from a parser. */
  readonly place?: Place;
  /** The likely wrong cell and the value that balances everything, when one cell explains every failure. */
  readonly suggestion?: Suggestion;
}
