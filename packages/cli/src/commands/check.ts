import { Command } from 'commander';
import type { Diagnostic, Edition } from '@disclosure/core/lite';
import { readEntries } from '../batch/read-entries.ts';
import type { BatchResult } from '../batch/task.ts';
import { println, warn, type Context } from '../context.ts';
import { exitCode } from '../exit-code.ts';
import { countSeverities, formatCounts, formatDiagnostic, type SeverityCounts } from '../format/format-diagnostic.ts';
import { expandInputs, type InputEntry } from '../input/expand-inputs.ts';
import { describeUnusable } from '../input/unusable.ts';
import type { Lang } from '../lang/choose-lang.ts';
import { createBatchCommand, createJsonOption, toReadOptions, type BatchOptions } from './common-options.ts';

/** One file's outcome as `--json` prints it. */
type FileOutcome =
  | {
      file: string;
      /** `incomplete`: some cells could not be read, so the file cannot be called clean whatever the rules say. */
      status: 'ok' | 'errors' | 'incomplete';
      unread: number;
      agency: string | null;
      year: number | null;
      edition: Edition;
      counts: SeverityCounts;
      diagnostics: Diagnostic[];
    }
  | { file: string; status: 'unusable'; error: { code: string; message: string; messageEn: string } };

function toOutcome(entry: InputEntry, result: BatchResult): FileOutcome {
  if (!result.ok) {
    const { unusable } = result;
    return {
      file: entry.display,
      status: 'unusable',
      error: { code: unusable.code, message: describeUnusable(unusable, 'zh'), messageEn: describeUnusable(unusable, 'en') },
    };
  }
  const counts = countSeverities(result.diagnostics);
  return {
    file: entry.display,
    status: counts.error > 0 ? 'errors' : result.unread > 0 ? 'incomplete' : 'ok',
    unread: result.unread,
    agency: result.agency,
    year: result.year,
    edition: result.edition,
    counts,
    diagnostics: result.diagnostics,
  };
}

function formatOutcome(outcome: FileOutcome, lang: Lang): string {
  const zh = lang === 'zh';
  const lines = [outcome.file];
  if (outcome.status === 'unusable') {
    lines.push(`  ${zh ? '无法读取：' : 'unusable: '}${zh ? outcome.error.message : outcome.error.messageEn}`);
    return lines.join('\n');
  }
  const unknown = zh ? '（未识别）' : '(not found)';
  lines.push(
    zh
      ? `  ${outcome.agency ?? unknown} · ${outcome.year ?? unknown} 年度 · ${outcome.edition} 年版格式`
      : `  ${outcome.agency ?? unknown} · ${outcome.year ?? unknown} · ${outcome.edition} edition`,
  );
  for (const diagnostic of outcome.diagnostics) lines.push(formatDiagnostic(diagnostic, lang));
  const incomplete = outcome.unread > 0 ? (zh ? `；未能完整读取（${outcome.unread} 个单元格未读取）` : `; not read completely (${outcome.unread} cells unread)`) : '';
  lines.push(`  ${zh ? '小计：' : 'total: '}${formatCounts(outcome.counts, lang)}${incomplete}`);
  return lines.join('\n');
}

function formatSummary(outcomes: readonly FileOutcome[], lang: Lang): string {
  const zh = lang === 'zh';
  const count = (status: FileOutcome['status']) => outcomes.filter((outcome) => outcome.status === status).length;
  const totals = { error: 0, warning: 0, info: 0 };
  for (const outcome of outcomes) {
    if (outcome.status === 'unusable') continue;
    for (const key of ['error', 'warning', 'info'] as const) totals[key] += outcome.counts[key];
  }
  const lines = [
    zh
      ? `共 ${outcomes.length} 个文件：${count('ok')} 个无错误，${count('errors')} 个有错误，${count('incomplete')} 个未能完整读取，${count('unusable')} 个无法读取。`
      : `${outcomes.length} files: ${count('ok')} without errors, ${count('errors')} with errors, ${count('incomplete')} not read completely, ${count('unusable')} unusable.`,
    `${zh ? '诊断合计：' : 'Diagnostics: '}${formatCounts(totals, lang)}${zh ? '。' : '.'}`,
  ];
  const unusable = outcomes.filter((outcome) => outcome.status === 'unusable');
  if (unusable.length > 0) {
    lines.push(zh ? '无法读取的文件：' : 'Unusable files:');
    for (const outcome of unusable) lines.push(`  ${outcome.file}${zh ? '：' : ': '}${zh ? outcome.error.message : outcome.error.messageEn}`);
  }
  return lines.join('\n');
}

async function check(context: Context, inputs: readonly string[], options: BatchOptions): Promise<number> {
  const { lang } = context;
  const entries = await expandInputs(inputs, context.cwd);
  const outcomes: FileOutcome[] = [];
  // A progress bar and the report on one terminal would overwrite each other: hold the report until the end.
  // One file is held too: if it cannot be read, that is said in one line instead.
  const progressShown = !options.quiet && !options.json && context.stderr.isTTY === true && entries.length > 1;
  const hold = options.json === true || entries.length === 1 || (progressShown && context.stdout.isTTY === true);
  const held: string[] = [];
  await readEntries(
    entries,
    toReadOptions(context, options),
    (entry, result) => {
      const outcome = toOutcome(entry, result);
      outcomes.push(outcome);
      if (options.json) return;
      const text = `${formatOutcome(outcome, lang)}\n`;
      if (hold) held.push(text);
      else println(context, text);
    },
  );
  if (options.json) {
    const summary = {
      files: outcomes.length,
      ok: outcomes.filter((outcome) => outcome.status === 'ok').length,
      withErrors: outcomes.filter((outcome) => outcome.status === 'errors').length,
      incomplete: outcomes.filter((outcome) => outcome.status === 'incomplete').length,
      unusable: outcomes.filter((outcome) => outcome.status === 'unusable').length,
    };
    println(context, JSON.stringify({ files: outcomes, summary }, null, 2));
  } else if (outcomes.length === 1 && outcomes[0]!.status === 'unusable') {
    const only = outcomes[0]!;
    warn(context, `${only.file}${lang === 'zh' ? '：' : ': '}${lang === 'zh' ? only.error.message : only.error.messageEn}`);
  } else {
    for (const text of held) println(context, text);
    println(context, formatSummary(outcomes, lang));
  }
  if (outcomes.some((outcome) => outcome.status === 'unusable')) return exitCode.unusable;
  if (outcomes.some((outcome) => outcome.status === 'errors')) return exitCode.ruleErrors;
  return outcomes.some((outcome) => outcome.status === 'incomplete') ? exitCode.incomplete : exitCode.ok;
}

/** `disclosure check <inputs…>`: read and validate, a report per file and a summary; exit 1 on errors, 2 on unusable input, 3 on unread cells. */
export function createCheckCommand(context: Context): Command {
  return createBatchCommand(
    'check',
    context.lang,
    {
      summary: { zh: '检查报告的勾稽关系，逐个文件列出问题', en: 'check reports: each finding per file, then a summary' },
      description: {
        zh: '读取并检查报告（文件、文件夹或通配符），逐个文件列出问题（规则、单元格、应为与实为、建议值、原文位置），最后汇总。\n退出码：0 每个单元格都已读取且没有错误；1 有“错误”级规则不成立；2 有文件无法读取或用法不对；3 没有错误，但有文件未能完整读取（有单元格未读取，不能判定为无错误）。',
        en: 'Read and check reports (files, folders or globs): per file, each finding (rule, cell, expected and actual, suggested value, where in the source), then a summary.\nExit code: 0 every cell read and no errors; 1 an error-severity rule failed; 2 a file could not be read, or wrong usage; 3 no errors, but a file was not read completely (unread cells: it cannot be called clean).',
      },
      inputs: { zh: '报告文件（.pdf .docx .doc .html .txt .json）、文件夹或通配符', en: 'report files (.pdf .docx .doc .html .txt .json), folders or globs' },
      examples: [
        'disclosure check report.pdf',
        'disclosure check reports/',
        'disclosure check reports/ --jobs 4 --lang en > check.txt',
        "disclosure check 'reports/**/*.pdf' --json > check.json",
      ],
    },
    [createJsonOption(context.lang)],
  )
    .action(async (inputs: string[], options: BatchOptions) => {
      context.exitCode = await check(context, inputs, options);
    });
}
