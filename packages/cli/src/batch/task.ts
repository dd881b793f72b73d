import type { Diagnostic, Edition, Report, ValidateOptions } from '@disclosure/core/lite';
import { readInput, UnusableInputError } from '../input/read-input.ts';
import type { Unusable } from '../input/unusable.ts';

/** One file for the batch to read; plain data, posted to a worker thread. */
export interface BatchTask {
  readonly path: string;
  /** Send the whole report back (`stats`, `continuity`) or only what `check` prints. Default `false`. */
  readonly keepReport?: boolean;
  /** Options for core's `validate`, or `false` to skip the rules. Default `{}`. */
  readonly validate?: ValidateOptions | false;
}

/** What was read from one file; plain data, posted back from a worker thread. */
export type BatchResult =
  | {
      readonly ok: true;
      readonly agency: string | null;
      readonly year: number | null;
      readonly edition: Edition;
      readonly diagnostics: Diagnostic[];
      /** Cells left unread: a file with any is not complete, and never called clean. */
      readonly unread: number;
      readonly report?: Report;
    }
  | { readonly ok: false; readonly unusable: Unusable };

/** Reads one file; never throws: a file that cannot be used, and even a bug, come back as `unusable`. */
export async function runTask(task: BatchTask): Promise<BatchResult> {
  try {
    const { report, diagnostics, unread } = await readInput(task.path, task.validate === undefined ? {} : { validate: task.validate });
    const { agency, year } = report.meta;
    return { ok: true, agency, year, edition: report.edition, diagnostics, unread, ...(task.keepReport ? { report } : {}) };
  } catch (error) {
    if (error instanceof UnusableInputError) return { ok: false, unusable: error.unusable };
    const debug = typeof process !== 'undefined' && process.env['DISCLOSURE_DEBUG'] === '1';
    const detail = error instanceof Error ? (debug && error.stack ? error.stack : error.message) : String(error);
    return { ok: false, unusable: { code: 'INTERNAL', detail } };
  }
}
