import type { ValidateOptions } from '@disclosure/core/lite';
import type { InputEntry } from '../input/expand-inputs.ts';
import type { Lang } from '../lang/choose-lang.ts';
import { createProgress } from './progress-bar.ts';
import { runBatch } from './run-batch.ts';
import type { BatchResult } from './task.ts';

/** Options of `readEntries`. */
export interface ReadEntriesOptions {
  /** Worker threads. Default `1` (this thread). */
  readonly jobs?: number;
  /** Send whole reports back. Default `false`. */
  readonly keepReport?: boolean;
  /** Options for core's `validate`, or `false`. Default `{}`. */
  readonly validate?: ValidateOptions | false;
  /** Where a progress bar may go (only when it is a terminal). Default none. */
  readonly progressStream?: (NodeJS.WritableStream & { isTTY?: boolean }) | undefined;
  /** No progress bar. Default `false`. */
  readonly quiet?: boolean;
  readonly lang: Lang;
}

/**
 * Reads every entry (the arguments expanded) and hands `deliver` one result per entry in entry order, as they
 * become ready: entries already known to be unusable (a missing file) come through in their place.
 */
export async function readEntries(
  entries: readonly InputEntry[],
  options: ReadEntriesOptions,
  deliver: (entry: InputEntry, result: BatchResult) => void,
): Promise<void> {
  const readable = entries.flatMap((entry, index) => (entry.unusable ? [] : [index]));
  let flushed = 0;
  const flushUpTo = (end: number) => {
    for (; flushed < end; flushed++) {
      const entry = entries[flushed]!;
      if (entry.unusable) deliver(entry, { ok: false, unusable: entry.unusable });
    }
  };
  const progress = options.progressStream ? await createProgress(options.progressStream, readable.length, options.lang, options.quiet ?? false) : undefined;
  const tasks = readable.map((index) => ({
    path: entries[index]!.path,
    keepReport: options.keepReport ?? false,
    ...(options.validate === undefined ? {} : { validate: options.validate }),
  }));
  try {
    await runBatch(tasks, { jobs: options.jobs ?? 1, onProgress: (done, total) => progress?.update(done, total) }, (task, result) => {
      const index = readable[task]!;
      flushUpTo(index);
      deliver(entries[index]!, result);
      flushed = index + 1;
    });
  } finally {
    progress?.stop();
  }
  flushUpTo(entries.length);
}
