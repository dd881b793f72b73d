import fc from 'fast-check';

/** How many draws a seed yields before they repeat: far more than one variant uses. */
const draws = 1024;

/**
 * A seeded source of numbers in [0, 1), drawn by fast-check from `seed`: every generated variant is the same on every
 * run and machine, so a failure found once can be replayed from its seed.
 */
export function seededRandom(seed: number): () => number {
  // Uniform over [0, 1): whole numbers without fast-check's bias to small values, scaled. (Its doubles are spread
  // over their bit patterns, so nine in ten fall below 0.01 and every rate a generator states would be wrong.)
  const values = fc.sample(fc.noBias(fc.integer({ min: 0, max: 2 ** 32 - 1 })), { seed, numRuns: draws }).map((value) => value / 2 ** 32);
  let next = 0;
  return () => values[next++ % values.length]!;
}

/** Shuffles a copy of `items` with the given random source (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
