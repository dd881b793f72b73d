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
import type { ReportRule } from './types.ts';
import { xtr1 } from './xt-r1.ts';
import { xtr2 } from './xt-r2.ts';
import { xtr3 } from './xt-r3.ts';
import { xtr4 } from './xt-r4.ts';
import { xtr5 } from './xt-r5.ts';
import { xtr6 } from './xt-r6.ts';
import { xtr7 } from './xt-r7.ts';
import { xtr8 } from './xt-r8.ts';
import { xtr9 } from './xt-r9.ts';

/** The in-report rules in the order `validate` runs them (the catalogue's order). */
export const reportRules: readonly ReportRule[] = [
  t3r1, t3r2, t3r3, t3r4, t3r5, t3r6,
  t4r1, t4r2, t4r3,
  t2r1, t2r2, t2r3, t2r4, t2r5, t2r6,
  xtr1, xtr2, xtr3, xtr4, xtr5, xtr6, xtr7, xtr8, xtr9,
];
