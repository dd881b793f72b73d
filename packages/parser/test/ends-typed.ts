import { expect } from 'vitest';
import { parse, ParseError, type DocumentKind } from '@disclosure/parser';

/** Passes when `input` parses to a report or throws a `ParseError` other than `INTERNAL` (a bug); fails otherwise. */
export async function endsTyped(input: string | Uint8Array, kind?: DocumentKind): Promise<void> {
  try {
    const { report, diagnostics } = await parse(input, kind ? { kind } : {});
    expect(['2019', '2021']).toContain(report.edition);
    expect(Array.isArray(diagnostics)).toBe(true);
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    if (error.code === 'INTERNAL') throw error.cause;
  }
}

