/** The two languages the command speaks. */
export type Lang = 'zh' | 'en';

/**
 * The language of the output when `--lang` is not given, from the POSIX locale variables in their order of
 * precedence (`LC_ALL`, `LC_MESSAGES`, `LANG`): English when the first one set names another language
 * (`en_US.UTF-8`, `de_DE`), Chinese when it starts with `zh`, and Chinese when no language is named (unset,
 * `C`, `POSIX`, `C.UTF-8`) — the people who file these reports read Chinese, so that is the safe default.
 */
export function chooseLang(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = [env['LC_ALL'], env['LC_MESSAGES'], env['LANG']].find((value) => value !== undefined && value !== '');
  if (locale === undefined) return 'zh';
  const language = locale.split(/[._@-]/u)[0]!.toLowerCase();
  if (language === 'zh' || language === 'c' || language === 'posix' || language === '') return 'zh';
  return 'en';
}

/** `--lang zh|en` (also `--lang=en`) anywhere on the command line, read before the parser runs so help is in it. */
export function readLangFromArgv(argv: readonly string[]): Lang | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return undefined;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value === 'zh' || value === 'en') return value;
  }
  return undefined;
}
