import type { Report } from '@disclosure/core';
import type { Aggregate } from '../aggregate/types.ts';
import { computeIndicator } from '../indicators/compute-indicators.ts';

/** The spread of one indicator over many reports or aggregates. Statistics are `null` when no value is known. */
export interface Distribution {
  readonly id: string;
  /** Sources with a value. */
  readonly count: number;
  /** Sources whose value is `null` (blank operand, zero denominator, not applicable). */
  readonly missing: number;
  readonly min: number | null;
  readonly max: number | null;
  readonly mean: number | null;
  readonly median: number | null;
  /** The requested quantiles, `p → value`. */
  readonly quantiles: Readonly<Record<string, number | null>>;
}

/** Options of `describeDistribution`. */
export interface DistributionOptions {
  /** Quantiles to report, each in [0, 1]. Default `[0.1, 0.25, 0.5, 0.75, 0.9]`. */
  readonly quantiles?: readonly number[] | undefined;
}

/** The `p` computeQuantile of sorted values by linear interpolation between order statistics (R type 7, numpy's default). */
export function computeQuantile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantile ${p} is not in [0, 1]`);
  const h = (sorted.length - 1) * p;
  const lower = Math.floor(h);
  const a = sorted[lower]!;
  const b = sorted[Math.min(lower + 1, sorted.length - 1)]!;
  return a + (h - lower) * (b - a);
}

/** Count, extremes, mean, median and quantiles of an indicator over reports or aggregates, ignoring `null`s. */
export function describeDistribution(sources: Iterable<Report | Aggregate>, id: string, options: DistributionOptions = {}): Distribution {
  const values: number[] = [];
  let missing = 0;
  for (const source of sources) {
    const { value } = computeIndicator(source, id);
    if (value === null) missing++;
    else values.push(value);
  }
  values.sort((a, b) => a - b);
  const quantiles: Record<string, number | null> = {};
  for (const p of options.quantiles ?? [0.1, 0.25, 0.5, 0.75, 0.9]) quantiles[String(p)] = computeQuantile(values, p);
  return {
    id,
    count: values.length,
    missing,
    min: values[0] ?? null,
    max: values.at(-1) ?? null,
    mean: values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length,
    median: computeQuantile(values, 0.5),
    quantiles,
  };
}
