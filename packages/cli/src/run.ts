import { Command, CommanderError } from 'commander';
import manifest from '../package.json' with { type: 'json' };
import { createCheckCommand } from './commands/check.ts';
import { createContinuityCommand } from './commands/continuity.ts';
import { createParseCommand } from './commands/parse.ts';
import { createRenderCommand } from './commands/render.ts';
import { createRulesCommand } from './commands/rules.ts';
import { createSchemaCommand } from './commands/schema.ts';
import { createStatsCommand } from './commands/stats.ts';
import { warn, type Context, type Output } from './context.ts';
import { ExitError, exitCode } from './exit-code.ts';
import { chooseLang, readLangFromArgv, type Lang } from './lang/choose-lang.ts';

/** Options of `run`; each defaults to the running process's own. */
export interface RunOptions {
  /** Where reports, JSON and exports go. Default `process.stdout`. */
  readonly stdout?: Output;
  /** Where messages and the progress bar go. Default `process.stderr`. */
  readonly stderr?: Output;
  /** The directory relative paths are read from. Default `process.cwd()`. */
  readonly cwd?: string;
  /** The environment the language is taken from (`LC_ALL`, `LC_MESSAGES`, `LANG`). Default `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

function createProgram(context: Context): Command {
  const zh = context.lang === 'zh';
  const program = new Command('disclosure')
    .description(
      zh
        ? '政府信息公开工作年度报告：读取、检查（勾稽关系）、转换和汇总。\n退出码：0 正常；1 有“错误”级规则不成立；2 文件无法读取或用法不对。'
        : 'Government information disclosure annual reports (政府信息公开工作年度报告): read, check, convert and count.\nExit code: 0 fine; 1 an error-severity rule failed; 2 unusable input or wrong usage.',
    )
    .version(manifest.version, '-V, --version', zh ? '显示版本号' : 'print the version')
    .helpOption('-h, --help', zh ? '显示帮助' : 'display help')
    .helpCommand('help [command]', zh ? '显示某个命令的帮助' : 'display help for a command')
    .showHelpAfterError(zh ? '（加 --help 查看用法）' : '(add --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => void context.stdout.write(text),
      writeErr: (text) => void context.stderr.write(text),
    });
  for (const command of [createCheckCommand, createParseCommand, createRenderCommand, createStatsCommand, createContinuityCommand, createRulesCommand, createSchemaCommand]) {
    // output, exitOverride, help option and hint, as `program.command()` would pass them on
    program.addCommand(command(context).copyInheritedSettings(program));
  }
  program.addHelpText(
    'after',
    `\n${zh ? '示例：' : 'Examples:'}\n  $ disclosure check report.pdf\n  $ disclosure check reports/\n  $ disclosure check reports/ --json > check.json\n  $ disclosure render report.pdf --to docx -o report.docx\n`,
  );
  return program;
}

/**
 * Runs the `disclosure` command with `argv` (the arguments after the command's name) and resolves to its exit
 * code: 0 when all is well, 1 when an error-severity rule failed (`check`, `continuity`), 2 for unusable input
 * or wrong usage. Never throws for user errors: they are one line on `stderr`. Set `DISCLOSURE_DEBUG=1` to see
 * the stack of an unexpected error.
 */
export async function run(argv: readonly string[], options: RunOptions = {}): Promise<number> {
  const env = options.env ?? process.env;
  const lang: Lang = readLangFromArgv(argv) ?? chooseLang(env);
  const context: Context = {
    lang,
    cwd: options.cwd ?? process.cwd(),
    env,
    stdout: options.stdout ?? process.stdout,
    stderr: options.stderr ?? process.stderr,
    exitCode: exitCode.ok,
  };
  const program = createProgram(context);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return context.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with exit code 0; `disclosure` alone shows help and is a usage error.
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return exitCode.ok;
      return exitCode.unusable;
    }
    if (error instanceof ExitError) {
      warn(context, error.message);
      return error.exitCode;
    }
    const debug = env['DISCLOSURE_DEBUG'] === '1';
    warn(context, debug && error instanceof Error && error.stack ? error.stack : `${lang === 'zh' ? '内部错误' : 'internal error'}: ${error instanceof Error ? error.message : String(error)}`);
    return exitCode.unusable;
  }
}
