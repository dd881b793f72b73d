import { describe, expect, it, vi } from 'vitest';
import { ParseError } from './errors.ts';
import { parse } from './parse.ts';

const failure = vi.hoisted(() => ({ error: new Error('unset') as unknown }));
vi.mock('./text/from-text.ts', () => ({
  fromText: () => {
    throw failure.error;
  },
}));

describe('what escapes parse when a reader throws', () => {
  it('a bug becomes ParseError INTERNAL, the original error its cause', async () => {
    failure.error = new TypeError("Cannot read properties of null (reading 'kind')");
    const error = await parse('一、总体情况').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParseError);
    expect(error).toMatchObject({ code: 'INTERNAL', cause: failure.error });
  });

  it('the engine’s stack or length limit becomes TOO_COMPLEX', async () => {
    failure.error = new RangeError('Maximum call stack size exceeded');
    await expect(parse('一、总体情况')).rejects.toMatchObject({ code: 'TOO_COMPLEX', cause: failure.error });
  });

  it('a ParseError passes unchanged', async () => {
    failure.error = new ParseError('NOT_A_DOCUMENT', 'no');
    await expect(parse('一、总体情况')).rejects.toBe(failure.error);
  });
});
