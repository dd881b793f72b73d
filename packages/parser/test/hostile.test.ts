import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endsTyped } from './ends-typed.ts';
import { formats, hostileInputs, issueRows, kindOf } from './hostile-inputs.ts';

describe('hostile input ends as a report or a ParseError', () => {
  it.each(formats)('%s: structure-aware hostile documents', async (format) => {
    await fc.assert(fc.asyncProperty(hostileInputs(format), (input) => endsTyped(input, kindOf(format))), { numRuns: 25 });
  });

  it.each(issueRows().filter((row) => !/unclosed|7 MiB/u.test(row.name)).map((row) => [row.name, row.input] as const))(
    'issue 12: %s',
    async (_, input) => endsTyped(input),
  );
});
