import { describe, expect, test } from 'vitest';
import { OpenNames } from './parse-markup.ts';

describe('OpenNames', () => {
  test('counts from the names open at the first question, and keeps up from there on', () => {
    const stack = ['html', 'div'];
    let asked = 0;
    const open = new OpenNames(() => {
      asked++;
      return [...stack];
    });
    open.opened('p');
    stack.push('p');
    expect(open.has('p')).toBe(true);
    expect(open.has('div')).toBe(true);
    stack.pop();
    open.closed('p');
    expect(open.has('p')).toBe(false);
    open.opened('table');
    expect(open.has('table')).toBe(true);
    expect(asked).toBe(1);
  });
});
