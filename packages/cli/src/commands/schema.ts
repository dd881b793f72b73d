import { Command } from 'commander';
import { writeOutput, type Context } from '../context.ts';
import { formatExamples, createLangOption, createOutputOption } from './common-options.ts';

/** `disclosure schema`: the JSON Schema (draft 2020-12) of a report. */
export function createSchemaCommand(context: Context): Command {
  const zh = context.lang === 'zh';
  return new Command('schema')
    .summary(zh ? '输出报告模型的 JSON Schema' : 'print the JSON Schema of a report')
    .description(zh ? '输出报告模型的 JSON Schema（draft 2020-12），供其他语言的工具使用' : 'Print the JSON Schema (draft 2020-12) of the report model, for tools in other languages')
    .addOption(createOutputOption(context.lang, { zh: 'JSON Schema', en: 'the JSON Schema' }))
    .addOption(createLangOption(context.lang))
    .addHelpText('after', formatExamples(context.lang, ['disclosure schema -o report.schema.json']))
    .action(async (options: { output?: string }) => {
      const { createReportJsonSchema } = await import('@disclosure/core');
      await writeOutput(context, options.output, `${JSON.stringify(createReportJsonSchema(), null, 2)}\n`);
    });
}
