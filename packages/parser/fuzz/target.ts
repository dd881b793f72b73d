// The fuzz target jazzer.js calls: one format (FUZZ_FORMAT), any bytes. A finding is any error but a ParseError
// other than INTERNAL (bar the bugs whose fix is pending), or a run past jazzer's --timeout.
import { parse, ParseError, type DocumentKind } from '../src/index.ts';

const kind = (process.env.FUZZ_FORMAT ?? 'text') as DocumentKind;

/** Parses `data` as `kind`; throws what a service must never see. */
export async function fuzz(data: Buffer): Promise<void> {
  try {
    await parse(new Uint8Array(data), { kind, timeoutMs: 10_000 });
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    if (error.code === 'INTERNAL') throw error;
  }
}
