import type { Level } from '../model/meta.ts';
import { readValueAt } from './cells.ts';
import type { CheckRule, Finding } from './types.ts';

const path = 'activeDisclosure.art20Item8.administrativeFees.feeAmount';

/**
 * Above these (in 万元) a year's administrative fees are implausible for the level: yuan entered as 万元 is the
 * likelier story. Generous on purpose (淮安市 2024 prints 96171.6 万元); unknown level uses the provincial bound.
 */
const implausibleAbove: Record<Level, number> = {
  township: 10_000,
  county: 1_000_000,
  city: 10_000_000,
  provincial: 100_000_000,
  national: Number.POSITIVE_INFINITY,
};

/** T2.R3 (2021): the fee amount is in 万元; a cell printed in 元, or a huge figure, suggests yuan. */
export const t2r3: CheckRule = {
  id: 'T2.R3',
  severity: 'warning',
  editions: ['2021'],
  kind: 'report',
  zh: '表二（八）收费金额单位为万元：写作“元”或数额对该机关明显过大时，疑为按元填报',
  en: 'Table 2 (8) fee amount is in 万元: a cell printed in 元, or an implausibly large figure, suggests yuan entered as 万元',
  check: (report, context) => {
    if (report.edition !== '2021') return [];
    const value = readValueAt(context, path);
    const printed = report.printed?.[path];
    const findings: Finding[] = [];
    if (printed !== undefined && printed.includes('元') && !printed.includes('万')) {
      findings.push({
        status: 'fail',
        message: `表二（八）收费金额印为“${printed}”，单位应为万元，疑为按元填报`,
        messageEn: `Table 2 (8) fee amount is printed “${printed}”; the unit is 10,000 yuan, so yuan may have been entered`,
        paths: [path],
        expected: '万元',
        actual: printed,
      });
    } else if (value !== null) {
      const bound = implausibleAbove[report.meta.level ?? 'provincial'];
      if (value > bound) {
        findings.push({
          status: 'fail',
          message: `表二（八）收费金额 ${value} 万元对该级机关过大（超过 ${bound} 万元），疑为按元填报`,
          messageEn: `Table 2 (8) fee amount of ${value} × 10,000 yuan is implausibly large for the body (over ${bound}); yuan may have been entered`,
          paths: [path],
          expected: `<= ${bound}`,
          actual: value,
        });
      }
    }
    return findings;
  },
};
