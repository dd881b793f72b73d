import { describe, expect, test } from 'vitest';
import { filledReport, makeReport } from '../../test/reports.ts';
import { aggregate } from './aggregate.ts';

const received = 'applications.newlyReceived.total';
const fee = 'activeDisclosure.art20Item8.administrativeFees.feeAmount';

describe('same edition', () => {
  test('sums every cell of the edition', () => {
    const a = filledReport('2021', { agency: 'A', year: 2024 }, () => 2);
    const b = filledReport('2021', { agency: 'B', year: 2024 }, () => 3);
    const [all] = aggregate([a, b]);
    expect(all!.reportCount).toBe(2);
    expect(all!.notComparable).toEqual([]);
    // 175 table 3 cells + 7 derived （六） row cells + 8 table 2 + 15 table 4
    expect(Object.keys(all!.cells)).toHaveLength(175 + 7 + 10 + 15);
    for (const cell of Object.values(all!.cells)) {
      expect(cell.value).toBe(cell.derived ? 15 : 5);
      expect(cell.contributors).toBe(2);
    }
    expect(all!.cells['applications.otherHandling.total']).toMatchObject({ value: 15, derived: true });
  });

  test('groups by any meta key, sorted by key', () => {
    const reports = [
      makeReport('2021', { agency: 'x', region: '淮安市', year: 2024 }, { [received]: 1 }),
      makeReport('2021', { agency: 'y', region: '宿迁市', year: 2024 }, { [received]: 10 }),
      makeReport('2021', { agency: 'z', region: '淮安市', year: 2023 }, { [received]: 100 }),
    ];
    const byRegion = aggregate(reports, { by: 'region' });
    expect(byRegion.map((group) => [group.label, group.cells[received]!.value])).toEqual([
      ['region=淮安市', 101],
      ['region=宿迁市', 10],
    ]);
    const byBoth = aggregate(reports, { by: ['region', 'year'] });
    expect(byBoth.map((group) => group.key)).toEqual([
      { region: '淮安市', year: 2023 },
      { region: '淮安市', year: 2024 },
      { region: '宿迁市', year: 2024 },
    ]);
  });

  test('a blank is never summed as 0: each cell says who contributed and who did not', () => {
    const reports = [
      makeReport('2021', { agency: 'A', year: 2024 }, { [received]: 4 }),
      makeReport('2021', { agency: 'B', year: 2024 }, { [received]: null }),
      makeReport('2021', { agency: 'C', year: 2024 }, { [received]: 0 }),
    ];
    const cell = aggregate(reports)[0]!.cells[received]!;
    expect(cell).toMatchObject({ value: 4, exact: '4', contributors: 2, blankCount: 1, blank: ['B 2024'], absentCount: 0 });
    const none = aggregate([makeReport('2021', { agency: 'B', year: 2024 })])[0]!.cells[received]!;
    expect(none).toMatchObject({ value: null, exact: null, contributors: 0, blankCount: 1 });
  });

  test('lists of IDs stop at listLimit while counts stay exact', () => {
    const reports = Array.from({ length: 5 }, (_, i) => makeReport('2021', { agency: `A${i}`, year: 2024 }));
    const [group] = aggregate(reports, { listLimit: 2 });
    expect(group!.reports).toHaveLength(2);
    expect(group!.cells[received]).toMatchObject({ blankCount: 5, blank: ['A0 2024', 'A1 2024'] });
  });

  test('sums money exactly, not in floats', () => {
    const amounts = [0.1, 0.2, 9116.36, 7730.28, 96171.6, 7545, 4068.208];
    const floats = amounts.reduce((s, v) => s + v, 0);
    const reports = amounts.map((value, i) => makeReport('2021', { agency: `A${i}` }, { [fee]: value }));
    const cell = aggregate(reports)[0]!.cells[fee]!;
    expect(cell.exact).toBe('124631.748');
    expect(cell.value).toBe(124631.748);
    expect(floats).toBeCloseTo(124631.748, 6);
    const tenths = aggregate([0.1, 0.2].map((value, i) => makeReport('2021', { agency: `B${i}` }, { [fee]: value })))[0]!.cells[fee]!;
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(tenths).toMatchObject({ exact: '0.3', value: 0.3 });
  });

  test('money with many decimals, or too large for the fast path, still sums exactly', () => {
    const values = [1.2345678, 0.0000001, 123456789012.34, 0.01, -0.02];
    const reports = values.map((value, i) => makeReport('2021', { agency: `M${i}` }, { [fee]: value }));
    expect(aggregate(reports)[0]!.cells[fee]!.exact).toBe('123456789013.5645679');
  });

  test('a 2021 report with one （六） row contributes that row, and is absent from the sub-rows', () => {
    const three = makeReport('2021', { agency: 'three' }, {
      'applications.otherHandling.overdueCorrection.total': 1,
      'applications.otherHandling.overdueFee.total': 2,
      'applications.otherHandling.other.total': 3,
    });
    const one = makeReport('2021', { agency: 'one' }, { 'applications.otherHandling.total': 10 }, { singleOtherHandling: true });
    const [group] = aggregate([three, one]);
    expect(group!.cells['applications.otherHandling.total']).toMatchObject({ value: 16, contributors: 2, derived: true });
    expect(group!.cells['applications.otherHandling.other.total']).toMatchObject({ value: 3, contributors: 1, absentCount: 1, absent: ['one'] });
    // a sub-row blank makes the derived row blank for that report, not a partial sum
    const partial = makeReport('2021', { agency: 'partial' }, { 'applications.otherHandling.overdueCorrection.total': 1 });
    expect(aggregate([partial])[0]!.cells['applications.otherHandling.total']).toMatchObject({ value: null, blankCount: 1 });
  });
});

describe('across editions', () => {
  const r2019 = filledReport('2019', { agency: 'old', year: 2020 }, () => 1);
  const r2021 = filledReport('2021', { agency: 'new', year: 2021 }, () => 2);

  test('sums table 3 row for row, the 2021 （六） sub-rows into the 2019 row, and table 4 whole', () => {
    const [group] = aggregate([r2019, r2021]);
    expect(group!.editions).toEqual({ '2019': 1, '2021': 1 });
    expect(group!.cells['applications.granted.naturalPerson']!.value).toBe(3);
    expect(group!.cells['applications.otherHandling.total']).toMatchObject({ value: 1 + 6, contributors: 2, derived: true });
    expect(group!.cells['reviewAndLitigation.litigationAfterReview.pending']!.value).toBe(3);
    // 23 table 3 rows × 7 + 15 table 4 cells
    expect(Object.keys(group!.cells)).toHaveLength(23 * 7 + 15);
  });

  test('lists what is not comparable: all of table 2, and the 2021 （六） sub-rows', () => {
    const [group] = aggregate([r2019, r2021]);
    const paths = group!.notComparable.map((cell) => cell.path);
    expect(paths.filter((path) => path.startsWith('activeDisclosure.'))).toHaveLength(22 + 10);
    expect(paths.filter((path) => path.startsWith('applications.'))).toHaveLength(21);
    expect(group!.cells[fee]).toBeUndefined();
    expect(group!.notComparable.find((cell) => cell.path === fee)).toMatchObject({ editions: ['2021'] });
  });

  test('only reports of the group decide: a pure 2019 group keeps its table 2', () => {
    const groups = aggregate([r2019, r2021], { by: 'year' });
    expect(groups[0]!.cells['activeDisclosure.art20Item9.centralizedProcurement.procurementTotalAmount']!.value).toBe(1);
    expect(groups[1]!.cells[fee]!.value).toBe(2);
  });
});

test('takes an async iterable and returns a promise', async () => {
  async function* stream() {
    for (let i = 0; i < 3; i++) yield makeReport('2021', { agency: `A${i}` }, { [received]: i });
  }
  const [group] = await aggregate(stream());
  expect(group!.cells[received]!.value).toBe(3);
});
