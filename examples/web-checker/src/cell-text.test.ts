import { expect, test } from 'vitest';
import { readCellText } from './cell-text.ts';

test('placeholders are blank, kept as printed; the same list as the parser reads', () => {
  for (const text of ['/', '／', '\\', '-', '—', '——', '―', 'N/A', '无', '空']) expect(readCellText(text)).toEqual({ ok: true, value: null, printed: text });
  expect(readCellText(' ')).toEqual({ ok: true, value: null });
});

test('numbers, with what prints more than the number kept', () => {
  expect(readCellText('12')).toEqual({ ok: true, value: 12 });
  expect(readCellText('１，２３４')).toEqual({ ok: true, value: 1234, printed: '１，２３４' });
  expect(readCellText('7545.00')).toEqual({ ok: true, value: 7545, printed: '7545.00' });
  expect(readCellText('---')).toEqual({ ok: false });
});
