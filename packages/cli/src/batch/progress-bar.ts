import type { Lang } from '../lang/choose-lang.ts';

/** A progress bar on a terminal, or nothing. */
export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

const none: Progress = { update() {}, stop() {} };

/**
 * A progress bar on `stream` when it is a terminal and there is more than one file; otherwise (a pipe, a log
 * file, `--quiet`) nothing, so the output stays plain lines. `cli-progress` is loaded only to draw a bar.
 */
export async function createProgress(
  stream: NodeJS.WritableStream & { isTTY?: boolean },
  total: number,
  lang: Lang,
  quiet: boolean,
): Promise<Progress> {
  if (quiet || !stream.isTTY || total < 2) return none;
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: lang === 'zh' ? '{bar} {value}/{total} 个文件 · 剩余约 {eta_formatted}' : '{bar} {value}/{total} files · {eta_formatted} left',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return {
    update(done) {
      bar.update(done);
    },
    stop() {
      bar.stop();
    },
  };
}
