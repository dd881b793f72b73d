import fc from 'fast-check';
import { expect, test } from 'vitest';
import { makeReport } from '../../test/reports.ts';
import { computeIndicators } from '../indicators/compute-indicators.ts';
import { aggregate } from './aggregate.ts';

const fee = 'activeDisclosure.art20Item8.administrativeFees.feeAmount';
const received = 'applications.newlyReceived.total';

/** The exact decimal sum of figures given as decimal strings, by BigInt arithmetic on the digits. */
function decimalSum(figures: readonly string[]): string {
  const scale = Math.max(0, ...figures.map((f) => (f.split('.')[1] ?? '').length));
  let units = 0n;
  for (const f of figures) {
    const [whole, fraction = ''] = f.replace('-', '').split('.');
    const value = BigInt(whole! + fraction.padEnd(scale, '0'));
    units += f.startsWith('-') ? -value : value;
  }
  if (scale === 0) return units.toString();
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const fraction = digits.slice(-scale).replace(/0+$/, '');
  return `${negative ? '-' : ''}${digits.slice(0, -scale)}${fraction ? `.${fraction}` : ''}`;
}

/** A number as the decimal digits of its shortest form, without exponent (`1e-7` → `0.0000001`). */
function plainDecimal(value: number): string {
  const shortest = String(value);
  if (!shortest.includes('e')) return shortest;
  const [mantissa, exponent] = shortest.split('e');
  return value.toFixed(Math.max(0, (mantissa!.split('.')[1] ?? '').length - Number(exponent)));
}

const figure = fc
  .tuple(fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 10 ** 8 }))
  .map(([whole, decimals, digits]) => (decimals === 0 ? String(whole) : `${whole}.${String(digits % 10 ** decimals).padStart(decimals, '0')}`));

test('plainDecimal writes small figures without an exponent', () => {
  expect([1e-7, 1.5e-7, 0.25, 12].map(plainDecimal)).toEqual(['0.0000001', '0.00000015', '0.25', '12']);
  expect(decimalSum(['0.0000001', '0.0000001'])).toBe('0.0000002');
});

test('money sums are exact: the aggregate equals the decimal sum of the printed figures', () => {
  fc.assert(
    fc.property(fc.array(fc.option(figure, { nil: null }), { maxLength: 30 }), (figures) => {
      const reports = figures.map((f, i) => makeReport('2021', { agency: `A${i}` }, { [fee]: f === null ? null : Number(f) }));
      const cell = aggregate(reports)[0]?.cells[fee];
      const known = figures.filter((f): f is string => f !== null);
      if (reports.length === 0) return;
      expect(cell!.contributors).toBe(known.length);
      expect(cell!.blankCount).toBe(figures.length - known.length);
      expect(cell!.exact).toBe(known.length === 0 ? null : decimalSum(known.map((f) => plainDecimal(Number(f)))));
    }),
  );
});

test('counts: the sum over any split into groups equals the sum of the whole, blanks never counted', () => {
  fc.assert(
    fc.property(fc.array(fc.record({ region: fc.constantFrom('甲', '乙', '丙'), value: fc.option(fc.nat(10_000), { nil: null }) }), { minLength: 1, maxLength: 40 }), (rows) => {
      const reports = rows.map((row, i) => makeReport('2021', { agency: `A${i}`, region: row.region }, { [received]: row.value }));
      const whole = aggregate(reports)[0]!.cells[received]!;
      const parts = aggregate(reports, { by: 'region' }).map((group) => group.cells[received]!);
      expect(parts.reduce((s, c) => s + c.contributors, 0)).toBe(whole.contributors);
      expect(parts.reduce((s, c) => s + (c.value ?? 0), 0)).toBe(whole.value ?? 0);
      expect(whole.contributors).toBe(rows.filter((r) => r.value !== null).length);
    }),
  );
});

test('indicators never come out NaN or infinite, whatever the cells', () => {
  const paths = ['applications.granted.total', 'applications.partiallyGranted.total', 'applications.totalProcessed.total', received, 'reviewAndLitigation.administrativeReview.total', 'reviewAndLitigation.administrativeReview.pending', 'reviewAndLitigation.administrativeReview.corrected'];
  fc.assert(
    fc.property(fc.array(fc.option(fc.nat(50), { nil: null }), { minLength: paths.length, maxLength: paths.length }), (values) => {
      const report = makeReport('2021', {}, Object.fromEntries(paths.map((p, i) => [p, values[i]!])));
      for (const result of [...computeIndicators(report), ...computeIndicators(aggregate([report, report])[0]!)]) {
        if (result.value === null) expect(result.reason).not.toBeNull();
        else expect(Number.isFinite(result.value)).toBe(true);
      }
    }),
  );
});
