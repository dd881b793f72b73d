import { describe, expect, it } from 'vitest';
import { Budget, currentBudget, runWithin, spendBudget, spendEvery } from './budget.ts';
import { ParseError } from './errors.ts';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof ParseError) return error.code;
    throw error;
  }
  return undefined;
}

describe('Budget', () => {
  it('throws TIMEOUT once the clock passes the deadline, reading it every 1 024 steps', () => {
    let now = 0;
    const budget = new Budget({ timeoutMs: 10 }, () => now);
    now = 11;
    expect(codeOf(() => budget.spend(1000))).toBeUndefined();
    expect(codeOf(() => budget.spend(100))).toBe('TIMEOUT');
  });

  it('reads the clock at once when spending 0', () => {
    let now = 0;
    const budget = new Budget({ timeoutMs: 5 }, () => now);
    now = 6;
    expect(codeOf(() => budget.spend(0))).toBe('TIMEOUT');
  });

  it('throws TOO_COMPLEX past maxSteps', () => {
    const budget = new Budget({ maxSteps: 3 });
    expect(codeOf(() => budget.spend(3))).toBeUndefined();
    expect(codeOf(() => budget.spend())).toBe('TOO_COMPLEX');
  });

  it('states its defaults and refuses limits that are not positive numbers', () => {
    expect(new Budget()).toMatchObject({ timeoutMs: 30_000, maxSteps: 50_000_000 });
    expect(() => new Budget({ timeoutMs: 0 })).toThrow(TypeError);
    expect(() => new Budget({ maxSteps: Number.NaN })).toThrow(TypeError);
    expect(new Budget({ timeoutMs: Infinity }).timeoutMs).toBe(Infinity);
  });
});

describe('spendBudget', () => {
  it('charges the budget of the read under way, and nothing outside one', () => {
    expect(() => spendBudget(1e12)).not.toThrow();
    const budget = new Budget({ maxSteps: 10 });
    expect(codeOf(() => runWithin(budget, () => spendBudget(11)))).toBe('TOO_COMPLEX');
    expect(() => spendBudget(1e12)).not.toThrow();
  });

  it('checks the clock when the read ends', () => {
    let now = 0;
    const budget = new Budget({ timeoutMs: 1 }, () => now);
    expect(codeOf(() => runWithin(budget, () => (now = 2)))).toBe('TIMEOUT');
  });
});

describe('spendEvery', () => {
  it('charges 1 024 passes at once, on every 1 024th pass only', () => {
    const budget = new Budget({ maxSteps: 2048 });
    runWithin(budget, () => {
      for (let pass = 0; pass < 2048; pass++) spendEvery(pass);
    });
    expect(codeOf(() => runWithin(budget, () => spendEvery(4095)))).toBe('TOO_COMPLEX');
    expect(codeOf(() => runWithin(new Budget({ maxSteps: 1 }), () => spendEvery(1022)))).toBeUndefined();
  });
});

describe('currentBudget', () => {
  it('is the budget of the read under way, to run later work within it again', () => {
    const budget = new Budget({ maxSteps: 1 });
    expect(currentBudget()).toBeUndefined();
    expect(runWithin(budget, () => currentBudget())).toBe(budget);
    expect(codeOf(() => runWithin(budget, () => spendBudget(2)))).toBe('TOO_COMPLEX');
    expect(runWithin(undefined, () => currentBudget())).toBeUndefined();
  });
});
