import { availableParallelism } from 'node:os';
import { Command, InvalidArgumentError, Option } from 'commander';
import type { ReadEntriesOptions } from '../batch/read-entries.ts';
import type { Context } from '../context.ts';
import type { Lang } from '../lang/choose-lang.ts';

/** `--lang zh|en`; its default is worked out from the environment before parsing (see `chooseLang`). */
export function createLangOption(lang: Lang): Option {
  return new Option('--lang <lang>', lang === 'zh' ? '输出语言（默认按 LC_ALL/LANG，未设定时为中文）' : 'output language (default from LC_ALL/LANG; Chinese when unset)').choices(['zh', 'en']);
}

function parsePositiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('not a positive integer');
  return n;
}

/** `-j, --jobs <n>`: worker threads; default the machine's `os.availableParallelism()`. */
export function createJobsOption(lang: Lang): Option {
  const cores = availableParallelism();
  return new Option('-j, --jobs <n>', lang === 'zh' ? `并行读取的线程数（默认 ${cores}，即本机可用核数）` : `worker threads reading files (default ${cores}, this machine's cores)`)
    .argParser(parsePositiveInteger)
    .default(cores);
}

/** `-q, --quiet`: no progress bar. */
export function createQuietOption(lang: Lang): Option {
  return new Option('-q, --quiet', lang === 'zh' ? '不显示进度条' : 'no progress bar');
}

/** `-o, --output <file>`. */
export function createOutputOption(lang: Lang, what: { zh: string; en: string }): Option {
  return new Option('-o, --output <file>', lang === 'zh' ? `写入文件（默认写到标准输出）：${what.zh}` : `write to a file (default standard output): ${what.en}`);
}

/** The "Examples:" block after a command's help. */
export function formatExamples(lang: Lang, lines: readonly string[]): string {
  return `\n${lang === 'zh' ? '示例：' : 'Examples:'}\n${lines.map((line) => `  $ ${line}`).join('\n')}\n`;
}

/** What a command that reads many files says about itself, in both languages. */
export interface BatchCommandText {
  readonly summary: { zh: string; en: string };
  readonly description: { zh: string; en: string };
  readonly inputs: { zh: string; en: string };
  readonly examples: readonly string[];
}

/** A command over many files (`check`, `continuity`, `stats`): `<inputs...>`, `--jobs`, `--quiet`, `--lang`, and its examples. */
export function createBatchCommand(name: string, lang: Lang, text: BatchCommandText, options: readonly Option[] = []): Command {
  const pick = (both: { zh: string; en: string }) => (lang === 'zh' ? both.zh : both.en);
  const command = new Command(name).summary(pick(text.summary)).description(pick(text.description)).argument('<inputs...>', pick(text.inputs));
  for (const option of [...options, createJobsOption(lang), createQuietOption(lang), createLangOption(lang)]) command.addOption(option);
  return command.addHelpText('after', formatExamples(lang, text.examples));
}

/** `--json`: print JSON for machines. */
export function createJsonOption(lang: Lang): Option {
  return new Option('--json', lang === 'zh' ? '输出 JSON（供程序使用）' : 'print JSON for machines');
}

/** The options `createBatchCommand` gives every batch command, and `--json` for those that add it. */
export interface BatchOptions {
  readonly jobs: number;
  readonly quiet?: boolean;
  readonly json?: boolean;
}

/** How a batch command reads its files: `--jobs` threads, a progress bar on standard error unless `--quiet` or `--json`. */
export function toReadOptions(context: Context, options: BatchOptions): ReadEntriesOptions {
  return { jobs: options.jobs, lang: context.lang, quiet: options.quiet === true || options.json === true, progressStream: context.stderr as NodeJS.WritableStream };
}
