import type { CellPath } from '@disclosure/core/lite';

/**
 * How one cell of the report was read:
 * - `direct`: printed under its row's label and its column (by count, by position, or cut from a run of digits
 *   that allows one reading only);
 * - `blank`: printed blank or as a placeholder (`/`, `—`, `无`), kept as `null`;
 * - `resolved`: the print allowed several values; the identities or numbers named in `by` (rule IDs such as
 *   `T3.R2`, or `prose`) left one, and `excluded` lists the values they ruled out;
 * - `unread`: no value is proven; `candidates` lists the values the print allows, when there are any.
 */
export type CellReading =
  | { readonly how: 'direct' }
  | { readonly how: 'blank' }
  | { readonly how: 'resolved'; readonly by: readonly string[]; readonly excluded: readonly (number | null)[] }
  | { readonly how: 'unread'; readonly candidates: readonly (number | null)[] };

/** How much of a report's tables was read: every cell of the edition is read, printed blank, or unread. */
export interface Coverage {
  /** Cells of the edition's three tables. */
  readonly cells: number;
  /** Cells with a proven value (`direct` or `resolved`). */
  readonly read: number;
  /** Cells printed blank or as a placeholder. */
  readonly blank: number;
  /** Cells without a proven value: `null` in the report, each named by a diagnostic. */
  readonly unread: number;
  /** The unread cells' paths, in table order. */
  readonly unreadPaths: readonly CellPath[];
  /** True when no cell is unread: only then can a report be called clean. */
  readonly complete: boolean;
}
