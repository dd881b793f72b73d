import { Command } from 'commander';
import { ruleCatalogue } from '@disclosure/core/lite';
import { println, type Context } from '../context.ts';
import { formatExamples, createJsonOption, createLangOption } from './common-options.ts';

/** `disclosure rules`: the rule catalogue (ID, default severity, editions, kind, meaning). */
export function createRulesCommand(context: Context): Command {
  const zh = context.lang === 'zh';
  return new Command('rules')
    .summary(zh ? '列出全部检查规则' : 'list every rule')
    .description(zh ? '列出全部检查规则：编号、默认级别、适用版本、类别和含义' : 'List every rule: ID, default severity, editions, kind and meaning')
    .addOption(createJsonOption(context.lang))
    .addOption(createLangOption(context.lang))
    .addHelpText('after', formatExamples(context.lang, ['disclosure rules', 'disclosure rules --json']))
    .action((options: { json?: boolean }) => {
      if (options.json) {
        println(context, JSON.stringify(ruleCatalogue, null, 2));
        return;
      }
      const severity = { error: zh ? '错误' : 'error', warning: zh ? '警告' : 'warning' };
      for (const rule of ruleCatalogue) {
        println(context, `${rule.id.padEnd(6)} ${severity[rule.severity].padEnd(zh ? 2 : 7)}  ${rule.editions.join('/').padEnd(9)} ${rule.kind.padEnd(11)} ${zh ? rule.zh : rule.en}`);
      }
    });
}
