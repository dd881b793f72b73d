import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Finding } from './types.ts';

/** AG.R3: the aggregate's own T3/T4 failures (from `validate`), restated as findings of AG.R3. */
export function agr3(own: readonly Diagnostic[]): Finding[] {
  return own
    .filter((diagnostic) => diagnostic.status === 'fail' && /^T[34]\./.test(diagnostic.rule))
    .map((diagnostic) => {
      const finding: { -readonly [K in keyof Finding]: Finding[K] } = {
        status: 'fail',
        message: `汇总报告未通过 ${diagnostic.rule}：${diagnostic.message}`,
        messageEn: `The aggregate fails ${diagnostic.rule}: ${diagnostic.messageEn}`,
        paths: diagnostic.paths,
      };
      if (diagnostic.expected !== undefined) finding.expected = diagnostic.expected;
      if (diagnostic.actual !== undefined) finding.actual = diagnostic.actual;
      return finding;
    });
}
