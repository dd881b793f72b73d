import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { editions } from '../edition.ts';
import type { Finding, RunRule } from './types.ts';

/** AG.R3: the aggregate's own T3/T4 failures (from `validate`), restated as findings of AG.R3. */
function restateFailures(own: readonly Diagnostic[]): Finding[] {
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

/** AG.R3 with its catalogue entry; `checkAggregate` calls `run`. */
export const agr3: RunRule<typeof restateFailures> = {
  id: 'AG.R3',
  severity: 'warning',
  editions,
  kind: 'aggregate',
  zh: '汇总报告本身也须通过表三、表四的规则',
  en: 'The aggregate itself must also pass the table 3 and table 4 rules',
  run: restateFailures,
};
