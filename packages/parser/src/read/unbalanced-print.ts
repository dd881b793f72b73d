import { ruleCatalogue, type CellPath, type Diagnostic, type Place } from '@disclosure/core/lite';
import { solveRows, type ColumnIdentity, type RowDomain } from './solve-rows.ts';
import { admitsFewerCells, type RowCells, type RowSplits } from './split-values.ts';
import type { ValueToken } from './tokens.ts';

/** Steps the search may take before it gives up (and proves nothing). */
const maxSteps = 200_000;

/**
 * Whether figures printed in an order that is not their columns' could still satisfy "total = the sum of the
 * others" in groups of `size` under some assignment of the figures to the cells (table 4: three groups of five,
 * T4.R1). Counts are never negative, so a group's total is its
 * largest figure: the search takes the largest figure left as a total and looks for `size − 1` others that sum to
 * it. `false` proves that the print breaks the identity whatever its columns; figures below 0, or a search past
 * {@link maxSteps}, prove nothing (`true`).
 */
export function balancesInSomeOrder(values: readonly number[], size: number): boolean {
  if (values.length % size !== 0 || values.some((value) => value < 0)) return true;
  let steps = 0;
  const sorted = [...values].sort((a, b) => b - a);
  /** Whether `left` (largest first) splits into balanced groups. */
  const splits = (left: readonly number[]): boolean => {
    if (left.length === 0) return true;
    const [total, ...rest] = left;
    // Pick size − 1 parts of `rest` summing to `total`, by index, largest first; equal figures are tried once.
    const pick = (from: number, need: number, sum: number, used: number[]): boolean => {
      if (++steps > maxSteps) return true;
      if (need === 0) return sum === total && splits(rest.filter((_, i) => !used.includes(i)));
      for (let i = from; i < rest.length; i++) {
        if (i > from && rest[i] === rest[i - 1]) continue;
        if (sum + rest[i]! > total!) continue;
        used.push(i);
        const found = pick(i + 1, need - 1, sum + rest[i]!, used);
        used.pop();
        if (found) return true;
      }
      return false;
    };
    return pick(0, size - 1, 0, []);
  };
  return splits(sorted);
}

/**
 * Whether digits run together (`tokens`, whose cuts into `width` cells are `splits`) break their row's identity
 * whichever way they are cut: the enumeration was complete, the identity ruled out every cut it found, and the
 * digits can be no fewer numbers (a blank dropped with its separator would leave the identity unassessable).
 */
export function breaksEveryCut(tokens: readonly ValueToken[], splits: RowSplits, width: number): boolean {
  return splits.complete && splits.candidates.length === 0 && splits.pruned && !admitsFewerCells(tokens, width);
}

/**
 * The rules of `identities` that no order of a row's figures (`orders`, the row keyed `key`) satisfies beside the other
 * rows' readings (`domains`): each is broken however the figures are read. An identity with a row not read proves nothing.
 */
export function brokenInEveryOrder(key: string, orders: readonly RowCells[], domains: readonly RowDomain[], identities: readonly ColumnIdentity[]): string[] {
  const rows = [...domains, { key, candidates: orders }];
  const width = orders[0]!.length;
  return [...new Set(identities.map((identity) => identity.rule))].filter((rule) => {
    const solution = solveRows(rows, identities.filter((identity) => identity.rule === rule), width);
    return solution.complete && solution.count === 0 && solution.rules.length > 0;
  });
}

/**
 * The failure of `rule` proven from the print alone: table 4's fifteen figures, printed on lines of their own in an
 * order that does not tell their columns, break the identity under every assignment (`balancesInSomeOrder`); or a
 * row's digits, run together, break its identity (T4.R1, T3.R3) under every cut (`breaksEveryCut`); or a row of table
 * 3 whose figures stand on lines of their own breaks its total and a column identity in every order of them
 * (`brokenInEveryOrder`). The cells stay unread, but the published table is known not to balance. (The figures between
 * two labels of a PDF viewer's text are not always that row's alone: such a row is judged only where the reader took
 * them for its cells, as many as it has, none blank; where the column identities, every other row of one read, prove
 * it too; where none may be its total cut short at the page's margin; and, where some table's text shows figures
 * wrapped in narrow cells, where none may be a wrapped figure's first part.)
 * Severity: the rule's catalogue severity (`validate`'s settings apply, see `finishParse`).
 */
export function unbalancedPrintNote(rule: string, paths: readonly CellPath[], printed: string, place: Place | undefined): Diagnostic {
  const severity = ruleCatalogue.find((entry) => entry.id === rule)!.severity;
  return {
    rule,
    severity,
    status: 'fail',
    message: `印出的数值（${printed}）无论怎样读入各栏，都不满足 ${rule}：本表印出的数字不平衡`,
    messageEn: `The printed figures (${printed}) break ${rule} however they are read into the columns: the table as printed does not balance`,
    paths: [...paths],
    ...(place ? { place } : {}),
  };
}
