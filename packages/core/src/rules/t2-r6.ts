import type { CheckRule } from './types.ts';

const path = 'activeDisclosure.art20Item9.centralizedProcurement.procurementTotalAmount';

/** T2.R6 (2019): the procurement amount needs a unit; the header prints none, so only the cell can give it. */
export const t2r6: CheckRule = {
  id: 'T2.R6',
  severity: 'warning',
  editions: ['2019'],
  kind: 'report',
  zh: '表二（九）采购总金额须能识别单位（元或万元）；表头未印单位',
  en: 'Table 2 (9) procurement amount needs a recognisable unit (元 or 万元); the header prints none',
  check: (report) => {
    if (report.edition !== '2019') return [];
    const { procurementTotalAmount: amount, amountUnit } = report.tables.activeDisclosure.art20Item9.centralizedProcurement;
    if (amount === null || amount === 0 || amountUnit === '元' || amountUnit === '万元') return [];
    return [
      {
        status: 'fail',
        message: `表二（九）采购总金额 ${amount} 未注明单位（元或万元），金额无法换算`,
        messageEn: `Table 2 (9) procurement amount ${amount} has no unit (yuan or 10,000 yuan); it cannot be converted`,
        paths: [path],
        expected: '元 | 万元',
        actual: amountUnit ?? 'unknown',
      },
    ];
  },
};
