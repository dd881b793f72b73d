import { Command } from 'commander';
import { writeOutput, type Context } from '../context.ts';
import { formatExamples, createLangOption, createOutputOption } from './common-options.ts';
import { readOne } from './read-one.ts';

interface ParseOptions {
  readonly full?: boolean;
  readonly previous?: string;
  readonly output?: string;
}

/** `disclosure parse <file>`: the report as JSON; with `--full` also the diagnostics and the source map. */
export function createParseCommand(context: Context): Command {
  const zh = context.lang === 'zh';
  return new Command('parse')
    .summary(zh ? '把一份报告读成 JSON' : 'read one report into JSON')
    .description(zh ? '把一份报告（PDF、DOCX、网页或文本）读成 JSON 报告模型' : 'Read one report (PDF, DOCX, web page or text) into the JSON report model')
    .argument('<file>', zh ? '报告文件' : 'the report file')
    .option(
      '--full',
      zh
        ? '输出 { report, diagnostics, sourceMap, readings, coverage }：连同诊断、每个单元格在原文中的位置、如何读出（直接、由勾稽关系确定、未读取及其候选值）和读取覆盖率'
        : 'print { report, diagnostics, sourceMap, readings, coverage }: with the diagnostics, where each cell was read, how (direct, resolved by an identity, unread with its candidates) and the coverage',
    )
    .option(
      '--previous <file>',
      zh
        ? '同一机关上一年度的报告（文档或 JSON）：其“结转下年度继续办理”一行作为本年“上年结转”一行的佐证'
        : "last year's report of the same body (a document or JSON): its 结转下年度 row is evidence for this year's 上年结转 row",
    )
    .addOption(createOutputOption(context.lang, { zh: 'JSON', en: 'JSON' }))
    .addOption(createLangOption(context.lang))
    .addHelpText(
      'after',
      formatExamples(context.lang, [
        'disclosure parse report.pdf > report.json',
        'disclosure parse report.docx --full -o report.full.json',
        'disclosure parse 2025.txt --previous 2024.json',
      ]),
    )
    .action(async (file: string, options: ParseOptions) => {
      const previous = options.previous === undefined ? undefined : (await readOne(context, options.previous, { validate: false })).report;
      const { report, diagnostics, sourceMap, readings, coverage } = await readOne(context, file, previous ? { previous } : {});
      const json = options.full ? { report, diagnostics, sourceMap, readings, coverage } : report;
      await writeOutput(context, options.output, `${JSON.stringify(json, null, 2)}\n`);
    });
}
