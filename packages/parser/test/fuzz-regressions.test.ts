import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { endsTyped } from './ends-typed.ts';
import { formats, kindOf } from './hostile-inputs.ts';

const folder = new URL('fuzz-regressions/', import.meta.url);

describe('inputs the fuzzer found', () => {
  it.each(formats)('%s: each ends as a report or a ParseError', async (format) => {
    const dir = new URL(`${format}/`, folder);
    const files = existsSync(dir) ? readdirSync(dir) : [];
    for (const file of files) await endsTyped(new Uint8Array(readFileSync(new URL(file, dir))), kindOf(format));
  });
});
