import { Command } from 'commander';
import { writeOutput, type Context } from '../context.ts';
import { formatExamples, createLangOption, createOutputOption } from './common-options.ts';
import { readOne } from './read-one.ts';

interface ParseOptions {
  readonly full?: boolean;
  readonly output?: string;
}

/** `disclosure parse <file>`: the report as JSON; with `--full` also the diagnostics and the source map. */
export function createParseCommand(context: Context): Command {
  const zh = context.lang === 'zh';
  return new Command('parse')
    .summary(zh ? '把一份报告读成 JSON' : 'read one report into JSON')
    .description(zh ? '把一份报告（PDF、DOCX、网页或文本）读成 JSON 报告模型' : 'Read one report (PDF, DOCX, web page or text) into the JSON report model')
    .argument('<file>', zh ? '报告文件' : 'the report file')
    .option('--full', zh ? '输出 { report, diagnostics, sourceMap }：连同诊断和每个单元格在原文中的位置' : 'print { report, diagnostics, sourceMap }: with the diagnostics and where each cell was read')
    .addOption(createOutputOption(context.lang, { zh: 'JSON', en: 'JSON' }))
    .addOption(createLangOption(context.lang))
    .addHelpText(
      'after',
      formatExamples(context.lang, [
        'disclosure parse report.pdf > report.json',
        'disclosure parse report.docx --full -o report.full.json',
      ]),
    )
    .action(async (file: string, options: ParseOptions) => {
      const { report, diagnostics, sourceMap } = await readOne(context, file);
      const json = options.full ? { report, diagnostics, sourceMap } : report;
      await writeOutput(context, options.output, `${JSON.stringify(json, null, 2)}\n`);
    });
}
