import { agr1 } from './ag-r1.ts';
import { agr2 } from './ag-r2.ts';
import { agr3 } from './ag-r3.ts';
import { t2r1 } from './t2-r1.ts';
import { t2r2 } from './t2-r2.ts';
import { t2r3 } from './t2-r3.ts';
import { t2r4 } from './t2-r4.ts';
import { t2r5 } from './t2-r5.ts';
import { t2r6 } from './t2-r6.ts';
import { t3r1 } from './t3-r1.ts';
import { t3r2 } from './t3-r2.ts';
import { t3r3 } from './t3-r3.ts';
import { t3r4 } from './t3-r4.ts';
import { t3r5 } from './t3-r5.ts';
import { t3r6 } from './t3-r6.ts';
import { t4r1 } from './t4-r1.ts';
import { t4r2 } from './t4-r2.ts';
import { t4r3 } from './t4-r3.ts';
import type { ReportRule, RunRule } from './types.ts';
import { xtr1 } from './xt-r1.ts';
import { xtr2 } from './xt-r2.ts';
import { xtr3 } from './xt-r3.ts';
import { xtr4 } from './xt-r4.ts';
import { xtr5 } from './xt-r5.ts';
import { xtr6 } from './xt-r6.ts';
import { xtr7 } from './xt-r7.ts';
import { xtr8 } from './xt-r8.ts';
import { xtr9 } from './xt-r9.ts';
import { xyr1 } from './xy-r1.ts';
import { xyr2 } from './xy-r2.ts';
import { xyr3 } from './xy-r3.ts';
import { xyr4 } from './xy-r4.ts';

/**
 * Every rule of spec §8 in catalogue order: the one list. `ruleCatalogue` is its entries; `validate` runs the
 * in-report rules in this order, `checkContinuity` and `checkAggregate` the others.
 */
export const rules: readonly (ReportRule | RunRule<unknown>)[] = [
  t3r1, t3r2, t3r3, t3r4, t3r5, t3r6,
  t4r1, t4r2, t4r3,
  t2r1, t2r2, t2r3, t2r4, t2r5, t2r6,
  xyr1, xyr2, xyr3, xyr4,
  agr1, agr2, agr3,
  xtr1, xtr2, xtr3, xtr4, xtr5, xtr6, xtr7, xtr8, xtr9,
];

function isReportRule(rule: ReportRule | RunRule<unknown>): rule is ReportRule {
  return !('run' in rule);
}

/** The in-report rules, in the order `validate` runs them. */
export const reportRules: readonly ReportRule[] = rules.filter(isReportRule);
