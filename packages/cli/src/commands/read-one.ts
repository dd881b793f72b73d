import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Context } from '../context.ts';
import { ExitError } from '../exit-code.ts';
import { readInput, UnusableInputError, type ReadInputOptions, type ReadReport } from '../input/read-input.ts';
import { describeUnusable } from '../input/unusable.ts';

/** Reads the one report a command works on; an unusable file stops the command with a one-line message (exit 2). */
export async function readOne(context: Context, file: string, options: ReadInputOptions = {}): Promise<ReadReport> {
  const path = resolve(context.cwd, file);
  const colon = context.lang === 'zh' ? '：' : ': ';
  if ((await stat(path).catch(() => null))?.isDirectory()) {
    throw new ExitError(`${file}${colon}${context.lang === 'zh' ? '这是文件夹，此命令只读一个文件' : 'a folder; this command reads one file'}`);
  }
  try {
    return await readInput(path, options);
  } catch (error) {
    if (error instanceof UnusableInputError) throw new ExitError(`${file}${colon}${describeUnusable(error.unusable, context.lang)}`);
    throw error;
  }
}
