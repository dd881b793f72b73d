import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeSize, maxInputBytes, readBounded } from './read-bounded.ts';

const temp = mkdtempSync(join(tmpdir(), 'disclosure-bounded-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('readBounded', () => {
  it('refuses a 3 GB file from its size, without reading it', async () => {
    const huge = join(temp, 'huge.txt');
    writeFileSync(huge, '');
    truncateSync(huge, 3 * 1024 ** 3); // sparse: no disk used, and reading it would take seconds and gigabytes
    expect(await readBounded(huge)).toEqual({ tooLarge: 3 * 1024 ** 3 });
  });

  it('reads a small file whole', async () => {
    const small = join(temp, 'small.txt');
    writeFileSync(small, '一、总体情况');
    expect(new TextDecoder().decode((await readBounded(small)) as Uint8Array)).toBe('一、总体情况');
  });

  it('stops reading a stream of unknown size once it passes the limit', async () => {
    expect(await readBounded('/dev/zero', 1000)).toEqual({ tooLarge: 1001 });
  });

  it('hands back the system error of a missing file', async () => {
    expect(await readBounded(join(temp, 'missing'))).toMatchObject({ error: { code: 'ENOENT' } });
  });

  it('says the size and the limit in MiB', () => {
    expect(describeSize(3 * 1024 ** 3)).toBe('3072 MiB > 50 MiB');
    expect(maxInputBytes).toBe(50 * 1024 * 1024);
  });
});
