import { describe, expect, it } from 'vitest';
import { Budget, runWithin } from '../budget.ts';
import { ParseError } from '../errors.ts';
import { solveRows, type ColumnIdentity } from './solve-rows.ts';

const balance: ColumnIdentity[] = [{ rule: 'T3.R1', plus: ['a', 'b'], minus: ['c'] }];

describe('solveRows', () => {
  it('proves a cell when every reading the identities allow agrees', () => {
    const solution = solveRows(
      [
        { key: 'a', candidates: [[2]] },
        { key: 'b', candidates: [[1], [10]] },
        { key: 'c', candidates: [[3]] },
      ],
      balance,
      1,
    );
    expect(solution.rows.get('b')).toEqual([{ proven: true, value: 1, excluded: [10] }]);
    expect(solution.rules).toEqual(['T3.R1']);
    expect(solution.count).toBe(1);
  });

  it('proves nothing by an identity over a row that was not read (it is unassessable, not zero)', () => {
    // Without row `a` the identity would read b = c and pick 3; with `a` unknown it can pick nothing.
    const solution = solveRows(
      [
        { key: 'b', candidates: [[1], [3]] },
        { key: 'c', candidates: [[3]] },
      ],
      balance,
      1,
    );
    expect(solution.rows.get('b')).toEqual([{ proven: false, candidates: [1, 3] }]);
  });

  it('proves nothing when two readings both satisfy the identities', () => {
    const solution = solveRows(
      [
        { key: 'a', candidates: [[1], [2]] },
        { key: 'b', candidates: [[2], [1]] },
        { key: 'c', candidates: [[3]] },
      ],
      balance,
      1,
    );
    expect(solution.rows.get('a')).toEqual([{ proven: false, candidates: [1, 2] }]);
  });

  it('proves nothing when no reading satisfies them (a real balance error stays visible)', () => {
    const solution = solveRows(
      [
        { key: 'a', candidates: [[1], [2]] },
        { key: 'b', candidates: [[5]] },
        { key: 'c', candidates: [[3]] },
      ],
      balance,
      1,
    );
    expect(solution.count).toBe(0);
    expect(solution.rows.get('a')).toEqual([{ proven: false, candidates: [1, 2] }]);
  });

  it('treats a blank operand as unassessable: it neither prunes nor proves', () => {
    const solution = solveRows(
      [
        { key: 'a', candidates: [[1], [2]] },
        { key: 'b', candidates: [[null]] },
        { key: 'c', candidates: [[3]] },
      ],
      balance,
      1,
    );
    expect(solution.rows.get('a')![0]!.proven).toBe(false);
  });

  it('searches many rows by propagation, not enumeration', () => {
    // 40 rows of 10 readings each: 10^40 combinations, settled by the bounds at once.
    const rows = Array.from({ length: 40 }, (_, i) => ({ key: `r${i}`, candidates: Array.from({ length: 10 }, (_, v) => [v]) }));
    const identity: ColumnIdentity = { rule: 'T3.R2', plus: rows.map((row) => row.key), minus: ['t'] };
    const solution = solveRows([...rows, { key: 't', candidates: [[0]] }], [identity], 1);
    expect(solution.complete).toBe(true);
    expect(solution.rows.get('r7')).toEqual([{ proven: true, value: 0, excluded: [1, 2, 3, 4, 5, 6, 7, 8, 9] }]);
  });

  it('charges its search to the read under way', () => {
    // 30 rows of even values cannot sum to an odd total, which the bounds do not see: the search runs to its own budget
    const rows = Array.from({ length: 30 }, (_, i) => ({ key: `r${i}`, candidates: Array.from({ length: 5 }, (_, v) => [v * 2]) }));
    const identity: ColumnIdentity = { rule: 'T3.R2', plus: rows.map((row) => row.key), minus: ['t'] };
    const search = () => solveRows([...rows, { key: 't', candidates: [[121]] }], [identity], 1);
    expect(search().complete).toBe(false);
    expect(() => runWithin(new Budget({ maxSteps: 10_000 }), search)).toThrow(ParseError);
  });
});
