/** A running sum of JS numbers taken as the decimals they print as, summed exactly with BigInt units. */
export interface ExactSum {
  /** The sum as `units × 10^-scale`. */
  units: bigint;
  scale: number;
}

/** An empty sum: 0. */
export function emptySum(): ExactSum {
  return { units: 0n, scale: 0 };
}

const pow10: bigint[] = [];
function power(n: number): bigint {
  return (pow10[n] ??= 10n ** BigInt(n));
}

/** `value` as `[units, scale]`, read from its shortest printed form (`0.1` is 1 × 10⁻¹, not the binary double). */
function decimalOf(value: number): [bigint, number] {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
  if (!match) throw new RangeError(`Not a finite number: ${value}`);
  const fraction = match[3] ?? '';
  let units = BigInt(match[2]! + fraction);
  let scale = fraction.length - Number(match[4] ?? 0);
  if (scale < 0) {
    units *= power(-scale);
    scale = 0;
  }
  return [match[1] === '-' ? -units : units, scale];
}

/** Adds `value` to `sum` in place, exactly. */
export function addExact(sum: ExactSum, value: number): ExactSum {
  if (Number.isSafeInteger(value)) {
    sum.units += BigInt(value) * power(sum.scale);
    return sum;
  }
  const [units, scale] = decimalOf(value);
  if (scale > sum.scale) {
    sum.units *= power(scale - sum.scale);
    sum.scale = scale;
  }
  sum.units += units * power(sum.scale - scale);
  return sum;
}

/** Adds another exact sum to `sum` in place. */
export function addExactSum(sum: ExactSum, other: ExactSum): ExactSum {
  const scale = Math.max(sum.scale, other.scale);
  sum.units = sum.units * power(scale - sum.scale) + other.units * power(scale - other.scale);
  sum.scale = scale;
  return sum;
}

/** The sum as a plain decimal string without trailing zeros (`9116.36`, `-3`, `0.5`). */
export function formatExact(sum: ExactSum): string {
  if (sum.scale === 0) return sum.units.toString();
  const negative = sum.units < 0n;
  const digits = (negative ? -sum.units : sum.units).toString().padStart(sum.scale + 1, '0');
  const fraction = digits.slice(-sum.scale).replace(/0+$/, '');
  const whole = digits.slice(0, -sum.scale);
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}
