import { formatDecimal, scaleUnits, toDecimal, type Decimal } from './decimal.ts';

/** The outcome of one assessable identity `total = Σ coefficient × component`. */
export interface BalanceResult {
  /** True when the identity holds: exactly for counts, or when the value intervals overlap for money. */
  readonly holds: boolean;
  /** Σ coefficient × component. */
  readonly expected: number;
  /** `total − expected`, exact. */
  readonly residual: number;
}

const SAFE = 2 ** 47;

/**
 * Checks `values[0] = Σ coefficients[i] × values[i]` (i ≥ 1). `decimals[i]` is `null` for an exact count, or the
 * printed decimals of a money figure, whose value then stands for the interval ± half a unit of that decimal
 * (XBRL Calculations 1.1): the identity holds when |total − Σ| ≤ Σ |coefficient| × half unit.
 */
export function balance(
  values: ArrayLike<number>,
  coefficients: ArrayLike<number>,
  decimals?: ArrayLike<number | null>,
): BalanceResult {
  const n = values.length;
  if (decimals === undefined) {
    let sum = 0;
    let exact = true;
    for (let i = 1; i < n; i++) {
      const value = values[i]!;
      if (!Number.isInteger(value) || value > SAFE || value < -SAFE) {
        exact = false;
        break;
      }
      sum += coefficients[i]! * value;
    }
    const total = values[0]!;
    if (exact && Number.isInteger(total) && total <= SAFE && total >= -SAFE) {
      return { holds: total === sum, expected: sum, residual: total - sum };
    }
  }
  return balanceDecimal(values, coefficients, decimals);
}

function balanceDecimal(
  values: ArrayLike<number>,
  coefficients: ArrayLike<number>,
  decimals: ArrayLike<number | null> | undefined,
): BalanceResult {
  const n = values.length;
  const parsed: Decimal[] = [];
  let scale = 0;
  for (let i = 0; i < n; i++) {
    const decimal = toDecimal(values[i]!);
    parsed.push(decimal);
    scale = Math.max(scale, decimal.scale, (decimals?.[i] ?? -1) + 1);
  }
  let expected = 0n;
  let tolerance = 0n;
  for (let i = 0; i < n; i++) {
    const coefficient = i === 0 ? 1n : BigInt(coefficients[i]!);
    if (i > 0) expected += coefficient * scaleUnits(parsed[i]!, scale);
    const printed = decimals?.[i];
    // half a unit of the last printed decimal d is 5 × 10^-(d+1)
    if (printed !== null && printed !== undefined) tolerance += (coefficient < 0n ? -coefficient : coefficient) * 5n * 10n ** BigInt(scale - printed - 1);
  }
  const residual = scaleUnits(parsed[0]!, scale) - expected;
  const magnitude = residual < 0n ? -residual : residual;
  return {
    holds: magnitude <= tolerance,
    expected: Number(formatDecimal({ units: expected, scale })),
    residual: Number(formatDecimal({ units: residual, scale })),
  };
}
