// Values that ought to be reports and are not, for the "only typed errors escape" property tests of every package.
import fc from 'fast-check';
import { balancedReport } from './balanced.ts';

/** Every path to a value inside `value` (objects and arrays), the root excluded. */
function pathsOf(value: unknown, base: readonly string[] = []): string[][] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => [[...base, key], ...pathsOf(child, [...base, key])]);
}

/** A balanced report with the value at one of its paths replaced: the shape of a half-right JSON upload. */
export const damagedReport = fc
  .tuple(fc.constantFrom('2019', '2021', '2021-single' as const), fc.integer(), fc.nat(), fc.anything())
  .map(([variant, seed, at, replacement]) => {
    const report = balancedReport(variant, seed) as unknown as Record<string, unknown>;
    const paths = pathsOf(report);
    const path = paths[at % paths.length]!;
    let node = report;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
    node[path.at(-1)!] = replacement;
    return report;
  });

/** Anything at all, or a damaged report. */
export const notQuiteReport = fc.oneof(fc.anything(), damagedReport);
