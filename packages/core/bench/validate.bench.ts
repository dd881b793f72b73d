// validate on generated, balanced reports of both editions: whole reports per second on one core.
import { bench, describe } from 'vitest';
import { balancedReport, type Variant } from '../test/balanced.ts';
import { validate } from '../src/validate/validate.ts';

const pools = Object.fromEntries(
  (['2019', '2021', '2021-single'] as const).map((variant) => [variant, Array.from({ length: 256 }, (_, i) => balancedReport(variant, i))]),
) as Record<Variant, ReturnType<typeof balancedReport>[]>;

describe('validate', () => {
  for (const variant of ['2019', '2021', '2021-single'] as const) {
    const pool = pools[variant];
    let i = 0;
    bench(`${variant} edition, balanced`, () => {
      validate(pool[i++ & 255]!);
    });
  }
  const broken = balancedReport('2021', 1);
  broken.tables.applications.granted.naturalPerson = (broken.tables.applications.granted.naturalPerson ?? 0) + 1;
  bench('2021 edition, one wrong cell (diagnostics and localisation)', () => {
    validate(broken);
  });
});
