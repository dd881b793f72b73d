import { availableParallelism } from 'node:os';
import { InvalidArgumentError, Option } from 'commander';
import type { Lang } from '../lang/choose-lang.ts';

/** `--lang zh|en`; its default is worked out from the environment before parsing (see `chooseLang`). */
export function langOption(lang: Lang): Option {
  return new Option('--lang <lang>', lang === 'zh' ? '输出语言（默认按 LC_ALL/LANG，未设定时为中文）' : 'output language (default from LC_ALL/LANG; Chinese when unset)').choices(['zh', 'en']);
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('not a positive integer');
  return n;
}

/** `-j, --jobs <n>`: worker threads; default the machine's `os.availableParallelism()`. */
export function jobsOption(lang: Lang): Option {
  const cores = availableParallelism();
  return new Option('-j, --jobs <n>', lang === 'zh' ? `并行读取的线程数（默认 ${cores}，即本机可用核数）` : `worker threads reading files (default ${cores}, this machine's cores)`)
    .argParser(positiveInteger)
    .default(cores);
}

/** `-q, --quiet`: no progress bar. */
export function quietOption(lang: Lang): Option {
  return new Option('-q, --quiet', lang === 'zh' ? '不显示进度条' : 'no progress bar');
}

/** `-o, --output <file>`. */
export function outputOption(lang: Lang, what: { zh: string; en: string }): Option {
  return new Option('-o, --output <file>', lang === 'zh' ? `写入文件（默认写到标准输出）：${what.zh}` : `write to a file (default standard output): ${what.en}`);
}

/** The "Examples:" block after a command's help. */
export function examples(lang: Lang, lines: readonly string[]): string {
  return `\n${lang === 'zh' ? '示例：' : 'Examples:'}\n${lines.map((line) => `  $ ${line}`).join('\n')}\n`;
}
