import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { balancedReport, type Variant } from '../../test/balanced.ts';
import { listCellEntries } from '../paths/cell-path.ts';
import { getCell } from '../paths/get-cell.ts';
import { setCell } from '../paths/set-cell.ts';
import { validate } from './validate.ts';

const variants: Variant[] = ['2019', '2021', '2021-single'];

describe.each(variants)('balanced %s reports', (variant) => {
  test('produce no error', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const diagnostics = validate(balancedReport(variant, seed));
        expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  test('a single changed cell of table 3 or 4 is an error naming it; in table 3 the suggestion restores it', () => {
    const cells = listCellEntries(balancedReport(variant, 0)).filter((e) => e.table.key !== 'activeDisclosure');
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom(...cells), fc.integer({ min: 1, max: 40 }), fc.boolean(), (seed, cell, size, up) => {
        const report = balancedReport(variant, seed);
        const original = getCell(report, cell.path)!;
        const changed = up || original - size < 0 ? original + size : original - size;
        setCell(report, cell.path, changed);
        const errors = validate(report).filter((d) => d.severity === 'error' && d.status === 'fail');
        expect(errors.length).toBeGreaterThan(0);
        expect(errors.some((d) => d.paths.includes(cell.path))).toBe(true);
        const balance = errors.filter((d) => /^T[34]\.R[123]$/.test(d.rule));
        if (cell.table.key === 'applications') {
          expect(balance.length).toBeGreaterThan(0);
          for (const d of balance) expect(d.suggestion).toEqual({ path: cell.path, value: original });
        } else {
          // table 4: every cell sits in one identity only, so no cell is singled out
          for (const d of balance) expect(d.suggestion).toBeUndefined();
        }
      }),
      { numRuns: 300 },
    );
  });
});

test('a blank operand makes its identities not assessable, never a pass or a fail', () => {
  fc.assert(
    fc.property(fc.integer(), fc.constantFrom(...variants), (seed, variant) => {
      const report = balancedReport(variant, seed);
      const path = 'applications.granted.naturalPerson';
      setCell(report, path, null);
      const t3 = validate(report).filter((d) => /^T3\.R[123]$/.test(d.rule));
      expect(t3.map((d) => [d.rule, d.status, d.severity])).toEqual([
        ['T3.R2', 'notAssessable', 'info'],
        ['T3.R3', 'notAssessable', 'info'],
      ]);
      for (const d of t3) expect(d.paths).toContain(path);
    }),
    { numRuns: 50 },
  );
});

test('the same report gives the same diagnostics in the same order', () => {
  const report = balancedReport('2021', 7);
  setCell(report, 'applications.granted.total', 999);
  setCell(report, 'reviewAndLitigation.administrativeReview.total', 999);
  expect(validate(report)).toEqual(validate(structuredClone(report)));
  expect(validate(report).map((d) => d.rule)).toEqual(['T3.R2', 'T3.R3', 'T4.R1']);
});

describe.each(variants)('messages of %s reports with blanks, negatives and decimals', (variant) => {
  test('name cells by label, never by path, each in one language (document text quoted)', () => {
    const cells = listCellEntries(balancedReport(variant, 0));
    const values = fc.oneof(fc.constant(null), fc.integer({ min: -5, max: 50 }), fc.constantFrom(0.5, 1.25));
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.tuple(fc.constantFrom(...cells), values), { maxLength: 30 }), (seed, changes) => {
        const report = balancedReport(variant, seed);
        for (const [cell, value] of changes) setCell(report, cell.path, value);
        for (const d of validate(report)) {
          expect(d.message).not.toMatch(/[A-Za-z]{2,}\.[A-Za-z]/u);
          expect(d.message.replace(/\b[A-Z]{2}\.R\d+\b/gu, '')).not.toMatch(/[A-Za-z]{2,}/u);
          expect(d.messageEn).not.toMatch(/[a-z]+[A-Z]\w*\.\w/u);
          expect(d.messageEn.replace(/“[^”]*”/gu, '')).not.toMatch(/\p{Script=Han}/u);
        }
      }),
      { numRuns: 100 },
    );
  });
});
