import { createEmptyReport, setCell } from '@disclosure/core';
import { expect, it } from 'vitest';
import { cellText } from './cell-text.ts';

it('prints placeholders as printed, null as blank, money with its printed decimals', () => {
  const report = createEmptyReport('2021');
  setCell(report, 'applications.granted.total', null, '—');
  setCell(report, 'activeDisclosure.art20Item8.administrativeFees.feeAmount', 7545, '7545.00');
  setCell(report, 'activeDisclosure.art20Item5.administrativeLicensing.decisionsThisYear', 7730.28);
  expect(cellText(report, 'applications.granted.total')).toBe('—');
  expect(cellText(report, 'applications.granted.naturalPerson')).toBe('');
  expect(cellText(report, 'activeDisclosure.art20Item8.administrativeFees.feeAmount')).toBe('7545.00');
  expect(cellText(report, 'activeDisclosure.art20Item5.administrativeLicensing.decisionsThisYear')).toBe('7730.28');
});
