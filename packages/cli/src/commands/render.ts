import { Command, Option } from 'commander';
import { writeOutput, type Context } from '../context.ts';
import { ExitError } from '../exit-code.ts';
import { formatExamples, createLangOption, createOutputOption } from './common-options.ts';
import { readOne } from './read-one.ts';

interface RenderOptions {
  readonly to: 'html' | 'docx' | 'md' | 'txt';
  readonly output?: string;
  readonly marks?: boolean;
}

/** `disclosure render <file|json> --to html|docx|md|txt`: the report in the official layout of its edition. */
export function createRenderCommand(context: Context): Command {
  const zh = context.lang === 'zh';
  return new Command('render')
    .summary(zh ? '按官方格式输出为 HTML、DOCX、Markdown 或文本' : 'write a report as HTML, DOCX, Markdown or text')
    .description(
      zh
        ? '按官方格式重新输出报告：网页（HTML）、Word（DOCX）、Markdown 或纯文本。输入可以是报告文件，也可以是报告 JSON'
        : 'Write a report again in the official layout: HTML, Word (DOCX), Markdown or plain text. The input is a report file or a report JSON',
    )
    .argument('<file>', zh ? '报告文件或报告 JSON' : 'a report file or a report JSON')
    .addOption(new Option('-t, --to <format>', zh ? '输出格式' : 'output format').choices(['html', 'docx', 'md', 'txt']).makeOptionMandatory())
    .addOption(createOutputOption(context.lang, { zh: 'DOCX 在终端上必须指定', en: 'required for DOCX on a terminal' }))
    .option('--marks', zh ? 'HTML：把诊断标在所涉单元格上（悬停显示说明）' : 'HTML: mark the diagnostics on the cells they concern (hover for the message)')
    .addOption(createLangOption(context.lang))
    .addHelpText(
      'after',
      formatExamples(context.lang, [
        'disclosure render report.pdf --to docx -o report.docx',
        'disclosure render report.json --to html --marks -o report.html',
        'disclosure render report.pdf --to md',
      ]),
    )
    .action(async (file: string, options: RenderOptions) => {
      if (options.to === 'docx' && options.output === undefined && context.stdout.isTTY) {
        throw new ExitError(zh ? 'DOCX 是二进制文件，请用 -o 指定输出文件' : 'DOCX is binary: give an output file with -o');
      }
      const { report, diagnostics } = await readOne(context, file);
      // imported here, not at the top, so that the other commands never load the renderer (and docx with it)
      const { toDocx, toHtml, toMarkdown, toText } = await import('@disclosure/renderer');
      const rendered =
        options.to === 'docx'
          ? await toDocx(report)
          : options.to === 'html'
            ? toHtml(report, options.marks ? { diagnostics, language: context.lang } : {})
            : options.to === 'md'
              ? toMarkdown(report)
              : toText(report);
      await writeOutput(context, options.output, rendered);
    });
}
