import { describe, expect, it } from 'vitest';
import { everyOrder } from './every-order.ts';
import type { ValueToken } from './tokens.ts';

const place = { kind: 'text', line: 1, column: 1 } as const;
function token(printed: string): ValueToken {
  return { kind: 'value', value: printed === '' || printed === '/' ? null : Number(printed), printed, run: false, place, line: 0 };
}
const tokens = (...printed: string[]) => printed.map(token);

describe('everyOrder', () => {
  it('lists each distinct order of the figures once', () => {
    expect(everyOrder(tokens('1', '0', '0'))).toEqual([
      [0, 0, 1],
      [0, 1, 0],
      [1, 0, 0],
    ]);
    expect(everyOrder(tokens('3', '0', '0', '0', '0', '0', '3'))).toHaveLength(21);
    const seven = everyOrder(tokens('7', '6', '5', '4', '3', '2', '1'))!;
    expect(seven).toHaveLength(5040);
    expect(new Set(seven.map((cells) => cells.join(' '))).size).toBe(5040);
  });

  it('gives none where a cell is blank or a placeholder, or the orders are too many', () => {
    expect(everyOrder([token('1'), null, token('1')])).toBeNull();
    expect(everyOrder(tokens('1', '/', '1'))).toBeNull();
    expect(everyOrder(tokens('8', '7', '6', '5', '4', '3', '2', '1'))).toBeNull();
    expect(everyOrder(tokens('1', '1', '0', '0', '0', '0', '0', '2'))).toHaveLength(168);
  });
});
