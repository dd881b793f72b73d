/** An exact decimal number: `units × 10^-scale` (`scale` ≥ 0). */
export interface Decimal {
  readonly units: bigint;
  readonly scale: number;
}

const pow10Cache: bigint[] = [];
function pow10(n: number): bigint {
  return (pow10Cache[n] ??= 10n ** BigInt(n));
}

/**
 * The exact decimal a JS number prints as in its shortest form (`0.1` is 1 × 10⁻¹, not the binary double).
 * Throws a `RangeError` for `NaN` and ±Infinity.
 */
export function toDecimal(value: number): Decimal {
  if (Number.isSafeInteger(value)) return { units: BigInt(value), scale: 0 };
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
  return parseDecimal(String(value))!;
}

/** Parses `-12.340`, `1e+21`, `1.5e-7`; `null` when `text` is not a plain decimal. */
function parseDecimal(text: string): Decimal | null {
  const match = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(text.trim());
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) return null;
  const fraction = match[3] ?? '';
  let units = BigInt(`${match[2] || '0'}${fraction}`);
  let scale = fraction.length - Number(match[4] ?? 0);
  if (scale < 0) {
    units *= pow10(-scale);
    scale = 0;
  }
  return { units: match[1] === '-' ? -units : units, scale };
}

/** The units of `value` at `scale` (which must be ≥ `value.scale`). */
export function scaleUnits(value: Decimal, scale: number): bigint {
  return value.scale === scale ? value.units : value.units * pow10(scale - value.scale);
}

/** `a + b`, exactly, at the larger of the two scales. */
export function addDecimals(a: Decimal, b: Decimal): Decimal {
  const scale = Math.max(a.scale, b.scale);
  return { units: scaleUnits(a, scale) + scaleUnits(b, scale), scale };
}

/** The decimal as plain text without trailing zeros and without an exponent (`9116.36`, `-3`, `0.00000015`). */
export function formatDecimal(value: Decimal): string {
  if (value.scale === 0) return value.units.toString();
  const negative = value.units < 0n;
  const digits = (negative ? -value.units : value.units).toString().padStart(value.scale + 1, '0');
  const fraction = digits.slice(-value.scale).replace(/0+$/, '');
  const whole = digits.slice(0, -value.scale);
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/**
 * How many decimals a figure was printed with: from the printed text (`7545.00` → 2, `251000元` → 0) when
 * given and it holds a number, else from the number's own shortest form (`12.5` → 1).
 */
export function countPrintedDecimals(value: number, printed?: string): number {
  if (printed !== undefined) {
    const match = /\d(?:[\d,，]*\d)?(?:[.．](\d+))?/.exec(printed.normalize('NFKC'));
    if (match) return match[1]?.length ?? 0;
  }
  return toDecimal(value).scale;
}
