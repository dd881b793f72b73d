import { Command } from 'commander';
import { checkContinuity, type Diagnostic, type Report } from '@disclosure/core/lite';
import { readEntries } from '../batch/read-entries.ts';
import { println, warn, type Context } from '../context.ts';
import { ExitError, exitCode } from '../exit-code.ts';
import { countSeverities, formatCounts, formatDiagnostic } from '../format/format-diagnostic.ts';
import { expandInputs } from '../input/expand-inputs.ts';
import { describeUnusable } from '../input/unusable.ts';
import { createBatchCommand, createJsonOption, toReadOptions, type BatchOptions } from './common-options.ts';

interface SeriesReport {
  readonly file: string;
  readonly report: Report;
}

/** `disclosure continuity <inputs…>`: one body's reports sorted by year, each pair of neighbours checked (XY.R1–R4). */
export function createContinuityCommand(context: Context): Command {
  const zh = context.lang === 'zh';
  const colon = zh ? '：' : ': ';
  return createBatchCommand(
    'continuity',
    context.lang,
    {
      summary: { zh: '跨年度核对同一机关的历年报告', en: 'check the reports of one body across years' },
      description: {
        zh: '跨年度核对同一机关的历年报告：按年度排序，相邻两年逐对检查（上年“结转下年度”与本年“上年结转”等，规则 XY.R1–R4）。\n退出码：0 没有错误；1 有“错误”级规则不成立；2 有文件无法读取或报告不足两份。',
        en: "Check one body's reports across years: sorted by year, each pair of neighbours (last year's carried forward against this year's carried over, and so on: rules XY.R1–R4).\nExit code: 0 no errors; 1 an error-severity rule failed; 2 a file could not be read, or fewer than two reports.",
      },
      inputs: { zh: '同一机关不同年度的报告文件、文件夹或通配符', en: 'report files, folders or globs of one body over several years' },
      examples: [
        'disclosure continuity report-2023.pdf report-2024.pdf',
        "disclosure continuity 'hongze/*.pdf' --json",
      ],
    },
    [createJsonOption(context.lang)],
  )
    .action(async (inputs: string[], options: BatchOptions) => {
      const entries = await expandInputs(inputs, context.cwd);
      const series: SeriesReport[] = [];
      const unusable: { file: string; code: string; message: string }[] = [];
      await readEntries(
        entries,
        { ...toReadOptions(context, options), keepReport: true, validate: false },
        (entry, result) => {
          if (result.ok && result.report) series.push({ file: entry.display, report: result.report });
          else if (!result.ok) {
            unusable.push({ file: entry.display, code: result.unusable.code, message: describeUnusable(result.unusable, context.lang) });
            if (!options.json) warn(context, `${entry.display}${colon}${describeUnusable(result.unusable, context.lang)}`);
          }
        },
      );
      const notes: string[] = [];
      const dated = series.filter(({ report, file }) => {
        if (report.meta.year !== null) return true;
        notes.push(zh ? `${file}：未识别出报告年度，不参与核对` : `${file}: no report year found, left out`);
        return false;
      });
      // Sorted by year; a stable sort keeps the input order of two reports of one year.
      dated.sort((a, b) => a.report.meta.year! - b.report.meta.year!);
      if (dated.length < 2) {
        for (const note of notes) warn(context, note);
        throw new ExitError(zh ? `跨年度核对需要至少两份有年度的报告，现有 ${dated.length} 份` : `continuity needs at least two reports with a year; got ${dated.length}`);
      }
      const agencies = [...new Set(dated.map(({ report }) => report.meta.agency ?? '?'))];
      if (agencies.length > 1) notes.push(zh ? `报告来自不同机关（${agencies.join('、')}），核对结果可能没有意义` : `the reports come from different bodies (${agencies.join(', ')}): the checks may mean nothing`);
      const pairs: { from: string; to: string; fromYear: number; toYear: number; diagnostics: Diagnostic[] }[] = [];
      for (let i = 1; i < dated.length; i++) {
        const previous = dated[i - 1]!;
        const current = dated[i]!;
        if (previous.report.meta.year === current.report.meta.year) {
          notes.push(zh ? `${previous.file} 与 ${current.file} 同为 ${current.report.meta.year} 年度` : `${previous.file} and ${current.file} are both for ${current.report.meta.year}`);
        }
        pairs.push({
          from: previous.file,
          to: current.file,
          fromYear: previous.report.meta.year!,
          toYear: current.report.meta.year!,
          diagnostics: checkContinuity(previous.report, current.report),
        });
      }
      const all = pairs.flatMap((pair) => pair.diagnostics);
      if (options.json) {
        const reports = dated.map(({ file, report }) => ({ file, agency: report.meta.agency, year: report.meta.year, edition: report.edition }));
        println(context, JSON.stringify({ reports, pairs, notes, unusable, counts: countSeverities(all) }, null, 2));
      } else {
        for (const pair of pairs) {
          println(context, `${pair.fromYear} → ${pair.toYear}  (${pair.from} → ${pair.to})`);
          for (const diagnostic of pair.diagnostics) println(context, formatDiagnostic(diagnostic, context.lang));
          if (pair.diagnostics.length === 0) println(context, zh ? '  各项跨年度核对均成立' : '  every cross-year check holds');
          println(context);
        }
        for (const note of notes) println(context, `${zh ? '注意：' : 'note: '}${note}`);
        const years = dated.map(({ report }) => report.meta.year).join(', ');
        println(context, zh ? `共 ${dated.length} 份报告（${years}），${pairs.length} 对相邻年度；${formatCounts(countSeverities(all), context.lang)}。` : `${dated.length} reports (${years}), ${pairs.length} pairs of neighbouring years; ${formatCounts(countSeverities(all), context.lang)}.`);
      }
      if (unusable.length > 0) context.exitCode = exitCode.unusable;
      else context.exitCode = all.some((diagnostic) => diagnostic.severity === 'error' && diagnostic.status === 'fail') ? exitCode.ruleErrors : exitCode.ok;
    });
}
