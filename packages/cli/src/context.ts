import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Lang } from './lang/choose-lang.ts';

/** A stream the command writes to: `process.stdout`, or anything with `write` in tests. */
export interface Output {
  write(chunk: string | Uint8Array): unknown;
  readonly isTTY?: boolean;
}

/** What every command runs with: where to write, the working directory, the language and the exit code so far. */
export interface Context {
  readonly lang: Lang;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: Output;
  readonly stderr: Output;
  exitCode: number;
}

/** Writes a line (or several) to standard output. */
export function println(context: Context, text = ''): void {
  context.stdout.write(`${text}\n`);
}

/** Writes one line to standard error, prefixed with the command's name. */
export function warn(context: Context, text: string): void {
  context.stderr.write(`disclosure: ${text}\n`);
}

/** Writes `data` to the file `out` (relative to the working directory, folders created), or to standard output. */
export async function writeOutput(context: Context, out: string | undefined, data: string | Uint8Array): Promise<void> {
  if (out === undefined) {
    context.stdout.write(data);
    return;
  }
  const path = resolve(context.cwd, out);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, data);
}
